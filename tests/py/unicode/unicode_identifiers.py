# non-ASCII letters are allowed in identifiers
café = "coffee"
print(café)
π = 3
def größe(länge):
    return länge * π
print(größe(2))
class Café:
    naïve = True
print(Café.naïve, Café().naïve)
日本 = "Japan"
print(日本)
values = {"ключ": 1}
ключ = "ключ"
print(values[ключ])
print([δ * 2 for δ in range(3)])

# index finds the first equal item
a = ["a", "b", "c", "b"]
print(a.index("b"), a.index("c"), [1, 2.0].index(2))
for x in ("z", 2):
    try:
        a.index(x)
    except ValueError as e:
        print(type(e).__name__)
try:
    a.index()
except TypeError as e:
    print(type(e).__name__)

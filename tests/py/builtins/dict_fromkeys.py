# fromkeys builds a dict of keys with one shared value
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
print({}.fromkeys(range(2), "v"), dict.fromkeys("aa"))
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__)

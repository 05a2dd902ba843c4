# pop removes a key, with an optional default
d = {"a": 1, "b": 2}
print(d.pop("a"), d)
print(d.pop("a", "gone"), d.pop("a", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__)

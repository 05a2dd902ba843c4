# get with and without a default
d = {"a": 1, 2: "two", (1, 2): "tuple"}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(2), d.get((1, 2)), d.get(2.0))
print(d.get("a", "unused"))
for args in ((), ("a", 1, 2)):
    try:
        d.get(*args)
    except TypeError as e:
        print(type(e).__name__)
try:
    d.get([])
except TypeError as e:
    print(type(e).__name__)

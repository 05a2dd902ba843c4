# | merges into a new dict, |= updates in place
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a
c |= b
print(c is a, a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__)

# items views support set operators on (key, value) pairs
a = {"x": 1, "y": 2}.items()
b = {"y": 2, "z": 3}.items()
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(sorted(a & [("x", 1), ("q", 0)]))
try:
    {"k": []}.items() & {("k", 1)}
except TypeError as e:
    print(type(e).__name__)

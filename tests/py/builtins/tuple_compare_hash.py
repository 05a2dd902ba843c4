# tuples compare element-wise and hash by value
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (2,) > (1, 5))
print((1, "a") < (1, "b"), (1, 2) == [1, 2])
print(hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "x"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__)
try:
    (1,) < ("a",)
except TypeError as e:
    print(type(e).__name__)

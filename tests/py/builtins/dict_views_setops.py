# keys views support set operators, giving sets
k = {1: 0, 2: 0, 3: 0}.keys()
print(sorted(k & {2, 3, 4}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {3, 4}))
print(sorted(k & [2, 7]), sorted(k | (5,)), sorted(k - range(2, 10)), sorted(k ^ [1]))
print(sorted({2, 5} & k), sorted([1, 8] - k), sorted({0} | k), sorted([3] ^ k))
print(type(k & k).__name__, sorted(k & {}.keys()))
try:
    k & 5
except TypeError as e:
    print(type(e).__name__)
try:
    {1: 2}.values() & {2}
except TypeError as e:
    print(type(e).__name__)

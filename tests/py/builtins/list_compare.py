# lists compare element-wise, then by length
print([1, 2] == [1, 2], [1, 2] == [2, 1], [] == [], [1] == (1,))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [] < [0])
print([1, [2]] < [1, [3]], ["a"] < ["b"])
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__)

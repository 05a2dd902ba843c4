# map with several iterables stops at the shortest
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(lambda *a: a, "ab", "cd", "ef")))

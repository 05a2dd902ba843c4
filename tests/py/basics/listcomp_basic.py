# list comprehensions
print([x * x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
print([c.upper() for c in "abc"])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(20) if x % 2 if x % 3])
print([[y for y in range(x)] for x in range(4)])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([i for i in []])
print([None for _ in range(3)])
print([x if x % 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])

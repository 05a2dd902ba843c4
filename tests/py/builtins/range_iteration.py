# iterating ranges, nested and with large steps
print([i for i in range(3) for j in range(i)])
it = iter(range(2))
print(next(it), next(it), next(it, "end"))
print(list(range(0, 10 ** 6, 250000)), sum(range(1000)))
print(list(range(-2, 2)), list(range(2, -2, -1)))

# sum switches to float when a float appears
print(sum([1.5, 2.5]), sum([1, 2.5]), sum([0.5, 1, 2]))
print(sum([1, 2], 0.5), sum([], 0.0), sum([0.25] * 4))
print(type(sum([1, 2.0])).__name__, type(sum([1.0, 2])).__name__)

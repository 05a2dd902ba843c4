# all and any stop at the deciding item
seen = []
def items():
    for x in [1, 0, 2, 3]:
        seen.append(x)
        yield x
print(all(items()), seen)
seen.clear()
print(any(items()), seen)
it = iter([0, 0, 5, 6, 7])
print(any(it), list(it))
it = iter([1, 1, 0, 9])
print(all(it), list(it))

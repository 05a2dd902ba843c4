# an exhausted iterator stays exhausted
for make in (lambda: iter([1]), lambda: enumerate([1]), lambda: zip([1]), lambda: map(abs, [1]),
             lambda: filter(None, [1]), lambda: reversed([1]), lambda: iter(range(1))):
    it = make()
    print(list(it), list(it), next(it, "done"))

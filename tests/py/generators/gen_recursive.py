# recursive generators: permutations, subsets and tree walks
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield items[i:i + 1] + p
print(list(permutations("abc")))
print(len(list(permutations([1, 2, 3, 4]))))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3])))
def walk(d, prefix=""):
    for k in sorted(d):
        if isinstance(d[k], dict):
            yield from walk(d[k], prefix + k + "/")
        else:
            yield prefix + k, d[k]
print(list(walk({"a": 1, "b": {"c": 2, "d": {"e": 3}}})))

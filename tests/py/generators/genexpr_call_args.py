# generator expressions as call arguments
print(sum(x * 2 for x in range(4)))
print(list(str(x) for x in [1, 2]))
print(max((len(s), s) for s in ["aa", "b", "ccc"]))
def f(*args):
    return args
print(f(*(x for x in "abc")))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb"])["bb"])
print(set(x % 2 for x in range(5)) == {0, 1})
print(", ".join(w for w in "the quick fox".split() if len(w) > 3))
print(min(x for x in range(5, 10)), len(list(x for x in range(7))))

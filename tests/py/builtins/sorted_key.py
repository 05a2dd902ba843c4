# sorted with key=: the key is computed once per item
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), sorted(calls))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=lambda p: p[1]))
print(sorted([1, 2], key=None))

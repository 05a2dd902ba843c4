# map and filter are lazy iterators
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
calls = []
def f(x):
    calls.append(x)
    return x
m = map(f, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(map(len, ["a", "bb", ""])))
print(sum(map(int, "12345")))

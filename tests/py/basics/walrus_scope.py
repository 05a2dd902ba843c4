# assignment expressions in comprehensions bind in the enclosing function
def f():
    [last := i for i in range(4)]
    return last
print(f())
def g():
    found = None
    if any((found := w).startswith("b") for w in ["apple", "banana", "cherry"]):
        return found
print(g())
def h():
    result = [(y := n) * 2 for n in range(3)]
    return result, y
print(h())
x = 0
def k():
    return [x := 5 for _ in range(1)]
print(k(), x)

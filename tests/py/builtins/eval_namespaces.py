# eval with given globals and locals
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 5}))
print(eval("a", {"a": "global"}, {"a": "local"}))
g = {}
eval("1", g)
print("__builtins__" in g)
def f():
    inner = 3
    return eval("inner * 2")
print(f())
print(eval("len", {}) is len)

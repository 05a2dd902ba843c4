# eval and exec with explicit namespaces
print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"])
exec("def f(n):\n    return n + 1", ns)
print(ns["f"](41))
g = {"v": 1}
exec("v += 1", g)
print(g["v"])
print(eval("len('abc')"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")

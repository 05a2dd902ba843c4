# exec with a globals dict runs in it; __builtins__ is added
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g)
print(sorted(k for k in g if k != "__builtins__"))
g2 = {"v": 10}
exec("v = v * 2", g2)
print(g2["v"])
try:
    exec("print(undefined_name)", {})
except NameError as e:
    print(type(e).__name__)

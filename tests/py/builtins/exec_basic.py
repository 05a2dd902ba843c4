# exec runs statements; its value is None
r = exec("x = 1 + 2")
print(r, x)
exec("def f(a):\n    return a * 2")
print(f(21))
exec("for i in range(3):\n    print('loop', i)")
exec(b"print('from bytes')")

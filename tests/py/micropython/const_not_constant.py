# expected: hand-written (const() of a non-constant expression is a SyntaxError at compile time in MicroPython)
try:
    exec("from micropython import const\nY = const(len('a'))")
    print("no error")
except SyntaxError:
    print("SyntaxError")
exec("from micropython import const\nZ = const(3 + 4)\nprint(Z)")

# programs the compiler rejects raise SyntaxError (compiled through exec)
sources = [
    "1 +",
    "x = (1, 2",
    "return 5",
    "break",
    "continue",
    "def f():\n    nonlocal q\n",
    "a + 1 = 2",
    "del 1",
    "def f(a, a): pass",
    "class C(:\n    pass",
    "if True\n    pass",
    "for in range(3): pass",
    "lambda x: yield",
    "f(**a, *b)",
    "def f(**a, b): pass",
    "'unterminated",
]
for src in sources:
    try:
        exec(src)
        print("no error", repr(src))
    except SyntaxError:
        print("SyntaxError", repr(src))

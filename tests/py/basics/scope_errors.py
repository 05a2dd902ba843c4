# scoping mistakes the compiler rejects with SyntaxError (compiled through exec)
sources = [
    "nonlocal x",
    "def f():\n    nonlocal undefined_anywhere\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "class C:\n    nonlocal y\n",
]
for src in sources:
    try:
        exec(src)
        print("compiled")
    except SyntaxError:
        print("SyntaxError")

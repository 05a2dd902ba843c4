# eval rejects statements and bad arguments
for src in ("x = 1", "import sys", "1 +"):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__)
for args in ((1,), ("1", 1), ("1", {}, 1)):
    try:
        eval(*args)
    except TypeError as e:
        print(type(e).__name__)
try:
    eval("undefined_here")
except NameError as e:
    print(type(e).__name__)

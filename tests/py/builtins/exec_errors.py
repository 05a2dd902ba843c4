# exec argument errors and errors raised by the executed code
for args in ((1,), ("x = 1", []), ("x = 1", {}, 5)):
    try:
        exec(*args)
    except TypeError as e:
        print(type(e).__name__)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("raise ValueError('inner')")
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    exec()
except TypeError as e:
    print(type(e).__name__)

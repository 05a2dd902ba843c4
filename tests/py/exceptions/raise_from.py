# raise ... from ... raises the new exception (MicroPython also warns on stderr that it does not chain exceptions)
def f():
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("k") from None
except KeyError as e:
    print("from None", e.args)
try:
    raise IndexError from ValueError("cause")
except IndexError as e:
    print(type(e).__name__)

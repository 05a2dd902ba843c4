# the first matching except clause wins, even if a later one is more specific
try:
    raise KeyError("x")
except LookupError:
    print("LookupError first")
except KeyError:
    print("not reached")
try:
    raise ZeroDivisionError
except ArithmeticError:
    print("ArithmeticError first")
except ZeroDivisionError:
    print("not reached")
try:
    raise IndexError
except KeyError:
    print("not reached")
except IndexError:
    print("IndexError second")
except Exception:
    print("not reached")

# an exception raised in finally replaces the pending one
def f():
    try:
        raise ValueError("from try")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("KeyError wins", e.args)
except ValueError:
    print("not reached")
def g():
    try:
        return "never returned"
    finally:
        raise RuntimeError("finally raises")
try:
    g()
except RuntimeError as e:
    print("RuntimeError", e)

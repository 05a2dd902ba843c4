# an exception raised inside a handler replaces the one being handled
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("caught", type(e).__name__, e.args)
except ValueError:
    print("not reached")
def g():
    try:
        raise ValueError
    except ValueError:
        1 // 0
try:
    g()
except ZeroDivisionError:
    print("ZeroDivisionError from handler")
try:
    try:
        raise IndexError
    except IndexError:
        raise TypeError
    finally:
        print("finally runs")
except TypeError:
    print("TypeError")

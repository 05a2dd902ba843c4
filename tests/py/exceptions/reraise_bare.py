# a bare raise re-raises the exception being handled
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise IndexError
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("outer exception restored", e.args)
except IndexError:
    print("wrong exception")
def h():
    try:
        raise TypeError("t")
    except TypeError as e:
        raise e
try:
    h()
except TypeError as e:
    print("raise e", e)

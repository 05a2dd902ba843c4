# else runs only when the try body raised nothing
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("except", x)
    else:
        print("else", r)
f(2)
f(0)
try:
    pass
except Exception:
    pass
else:
    print("else after empty try")
try:
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise KeyError("from else")
except KeyError:
    print("exception from else is not caught by its own try")
def g():
    try:
        return "returned from try"
    except Exception:
        pass
    else:
        print("not reached: return skips else")
print(g())

# returning from inside except and else blocks
def f(x):
    try:
        if x:
            raise ValueError
    except ValueError:
        return "from except"
    else:
        return "from else"
    finally:
        print("finally", x)
print(f(0))
print(f(1))
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if e.args[0] == 1:
                return "returned at " + str(i)
print(g())

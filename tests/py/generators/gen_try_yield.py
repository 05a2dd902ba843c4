# yield inside try/except/finally blocks
def g():
    try:
        yield "in try"
        raise KeyError
    except KeyError:
        yield "in except"
    else:
        yield "not reached"
    finally:
        yield "in finally"
    yield "after"
print(list(g()))
def loop_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
print(list(loop_with_finally()))
def yield_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        yield "else"
print(list(yield_in_else()))

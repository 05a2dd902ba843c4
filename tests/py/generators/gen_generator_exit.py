# GeneratorExit is a BaseException, so except Exception does not catch it
def g():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("finally runs")
it = g()
next(it)
it.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
def cleanup_log():
    log = []
    def inner():
        try:
            for i in range(10):
                yield i
        finally:
            log.append("cleaned")
    it = inner()
    for v in it:
        if v == 2:
            break
    it.close()
    return log
print(cleanup_log())

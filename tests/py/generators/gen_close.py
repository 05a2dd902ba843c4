# close() raises GeneratorExit at the paused yield
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit inside")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
print("closing twice is fine")
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
unstarted = g()
unstarted.close()
print("closing an unstarted generator runs nothing")
done = g()
list(done)
done.close()
print("closing a finished generator does nothing")

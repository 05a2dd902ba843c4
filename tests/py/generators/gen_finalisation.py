# finally blocks run when a generator is exhausted or explicitly closed
log = []
def g(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)
list(g("exhausted"))
print(log)
it = g("closed")
next(it)
it.close()
print(log)
it = g("thrown")
next(it)
try:
    it.throw(ValueError)
except ValueError:
    pass
print(log)
def with_in_gen():
    class CM:
        def __enter__(self):
            log.append("enter")
        def __exit__(self, *a):
            log.append("exit")
    with CM():
        yield "inside with"
log.clear()
w = with_in_gen()
print(next(w))
w.close()
print(log)

# expected: hand-written (MicroPython exceptions have .value and .errno, both equal to args[0] or None)
for e in (TypeError("x"), ValueError(), KeyError("k", 2), StopIteration(5), OSError(2)):
    print(type(e).__name__, e.args, e.value, e.errno)
try:
    raise RuntimeError("r")
except RuntimeError as err:
    print(err.value)

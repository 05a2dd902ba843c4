# expected: hand-written (CPython attempts these and runs for minutes or exhausts memory; we refuse them up front)
# Results beyond the interpreter's big-int bound are a MemoryError before any work is done.
import math, random

for f in (lambda: math.factorial(10**8), lambda: random.getrandbits(2**40), lambda: 10 ** (10**9), lambda: 1 << 2**40):
    try:
        f()
        print("no error")
    except MemoryError:
        print("MemoryError")
print(len(str(math.factorial(2000))), random.getrandbits(0), random.getrandbits(200) < 2**200)

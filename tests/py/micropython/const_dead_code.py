# expected: hand-written (micropython.const values take part in constant folding, so disabled branches never run)
from micropython import const
DEBUG = const(0)
LEVEL = const(2)
if DEBUG:
    print("not printed")
if LEVEL > 1:
    print("level above one")
print("debug" if DEBUG else "release")
while DEBUG:
    print("never")
print("done")

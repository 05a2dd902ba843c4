# needs: scratch directory
# open() in every mode: r, w, a, x, + and b/t combinations, on a fresh directory.
import errno
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

with open("t.txt", "w") as f:
    print(f.write("line one\n"), f.write("two\n"))
with open("t.txt") as f:
    print(repr(f.read()))
with open("t.txt", "rt") as f:
    print(repr(f.read(4)), repr(f.read(5)), repr(f.read()))
with open("t.txt", "a") as f:
    f.write("three\n")
with open("t.txt", "r") as f:
    print(repr(f.read()))
with open("t.txt", "w") as f:
    f.write("fresh")
with open("t.txt") as f:
    print(repr(f.read()))

with open("b.bin", "wb") as f:
    print(f.write(b"\x00\x01\xfe\xff"), f.write(bytearray(b"ab")))
with open("b.bin", "rb") as f:
    print(f.read())
with open("b.bin", "ab") as f:
    f.write(b"zz")
with open("b.bin", "rb") as f:
    print(f.read(2), f.read(100), f.read(), f.read(5))

with open("x.txt", "x") as f:
    f.write("exclusive")
try:
    open("x.txt", "x")
except OSError as e:
    print("x exists:", e.errno == errno.EEXIST)
with open("x.txt") as f:
    print(f.read())

with open("p.txt", "w+") as f:
    f.write("abcdef")
    f.seek(0)
    print(repr(f.read(3)))
    f.seek(3)
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
with open("p.txt", "r+") as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write("__")
with open("p.txt") as f:
    print(repr(f.read()))
with open("p.txt", "a+") as f:
    print(repr(f.read()))
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
with open("p.bin", "w+b") as f:
    f.write(b"12345")
    f.seek(1)
    print(f.read(2))
with open("p.bin", "rb+") as f:
    f.seek(4)
    f.write(b"9")
    f.seek(0)
    print(f.read())

with open("u.txt", "w", encoding="utf-8") as f:
    print(f.write("h\xe9llo \u20ac \U0001f600"))
with open("u.txt", encoding="utf-8") as f:
    print(f.read(2), f.read(5), f.read())
with open("u.txt", "rb") as f:
    print(f.read())

for name in sorted(os.listdir(".")):
    os.remove(name)
print(os.listdir("."))

# needs: scratch directory
# seek/tell in both modes, from the start, the current position and the end; reading past the end.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

with open("s.bin", "wb") as f:
    f.write(bytes(range(10)))
    print(f.tell())
    print(f.seek(2), f.tell())
    f.write(b"\xaa")
    print(f.tell())
with open("s.bin", "rb") as f:
    print(f.read())
    print(f.seek(0), f.read(1), f.tell())
    print(f.seek(3, 1), f.read(1))
    print(f.seek(-2, 2), f.read())
    print(f.seek(0, 2), f.read(), f.tell())
    print(f.seek(100), f.read(), f.tell())
with open("s.bin", "r+b") as f:
    f.seek(12)
    f.write(b"\xbb")
with open("s.bin", "rb") as f:
    print(f.read())
with open("s.txt", "w") as f:
    f.write("hello\nworld\n")
with open("s.txt") as f:
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    f.seek(6)
    print(repr(f.readline()))
os.remove("s.bin")
os.remove("s.txt")

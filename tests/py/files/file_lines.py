# needs: scratch directory
# readline, readlines and iteration over text and binary files; a last line without a newline; empty files.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

text = "first\nsecond line\n\nfourth" + "x" * 150 + "\nlast without newline"
with open("l.txt", "w") as f:
    f.write(text)
with open("l.txt") as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), f.readlines())
with open("l.txt") as f:
    for i, line in enumerate(f):
        print(i, len(line), line.endswith("\n"))
with open("l.txt", "rb") as f:
    lines = list(f)
    print(len(lines), lines[0], lines[-1])
with open("l.txt") as f:
    print([len(x) for x in f.readlines()])
with open("empty.txt", "w") as f:
    pass
with open("empty.txt") as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
with open("crlf.bin", "wb") as f:
    f.write(b"a\r\nb\rc\n")
with open("crlf.bin", "rb") as f:
    print(f.readlines())
os.remove("l.txt")
os.remove("empty.txt")
os.remove("crlf.bin")

# needs: scratch directory
# expected: hand-written (os.ilistdir is MicroPython's; st_mode carries only the type bits, as on LittleFS)
# os.ilistdir tuples (name, type, inode, size) and os.stat 10-tuples, in the shapes mpremote and pyboard.py parse.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

os.mkdir("dir")
with open("file.bin", "wb") as f:
    f.write(b"12345")
print(sorted(os.ilistdir()))
print(sorted(os.ilistdir(".")))
print(list(os.ilistdir("dir")))
it = os.ilistdir()
print(type(next(it)).__name__)
st = os.stat("file.bin")
print(st[0], st[1], st[2], st[3], st[4], st[5], st[6])
print(os.stat("dir")[0], os.stat("dir")[6])
print(repr(tuple(os.stat("file.bin"))[:7]))
print(os.stat("/")[0])
os.remove("file.bin")
os.rmdir("dir")
print(list(os.ilistdir()))

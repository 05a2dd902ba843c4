# needs: scratch directory
# os.listdir/mkdir/rmdir/rename/remove/stat/statvfs/chdir/getcwd/sync/urandom on a fresh directory.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

os.mkdir("d")
os.mkdir("d/sub")
for name in ("b.txt", "a.txt", "d/c.txt"):
    with open(name, "w") as f:
        f.write(name * 3)
print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir("d")))
st = os.stat("a.txt")
print(len(st), st[6], bool(st[0] & 0x8000), bool(st[0] & 0x4000), isinstance(st[8], int))
st = os.stat("d")
print(bool(st[0] & 0x4000), bool(st[0] & 0x8000))
print(len(os.statvfs(".")), os.statvfs(".")[0] > 0)
print(os.sep, len(os.urandom(7)), type(os.urandom(3)).__name__, os.sync())

start = os.getcwd()
os.chdir("d")
print(os.getcwd() == start + "/d" or os.getcwd() == start + "d", sorted(os.listdir()))
with open("c.txt") as f:
    print(f.read())
os.chdir("sub")
print(os.listdir(), sorted(os.listdir("..")))
os.chdir("../..")
print(os.getcwd() == start)

os.rename("a.txt", "renamed.txt")
os.rename("b.txt", "renamed.txt")
with open("renamed.txt") as f:
    print(f.read())
os.rename("d", "e")
print(sorted(os.listdir()), sorted(os.listdir("e")))
os.rename("e/c.txt", "c.txt")
os.remove("c.txt")
os.remove("renamed.txt")
os.rmdir("e/sub")
os.rmdir("e")
print(os.listdir())

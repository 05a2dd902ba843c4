# needs: scratch directory
# expected: hand-written (os.mount of a Python object is MicroPython's VFS protocol; CPython has no os.mount)
# A file system written in Python, mounted as mpremote's `mount` does: its files subclass io.IOBase, it keeps its own
# current directory, and the VFS hands it paths relative to the mount point.
import io
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"


class MemFile(io.IOBase):
    def __init__(self, fs, path, text):
        self.fs, self.path, self.text, self.pos = fs, path, text, 0

    def read(self, n=-1):
        data = self.fs.files[self.path][self.pos:] if n < 0 else self.fs.files[self.path][self.pos:self.pos + n]
        self.pos += len(data)
        return data.decode() if self.text else data

    def readline(self):
        rest = self.fs.files[self.path][self.pos:]
        i = rest.find(b"\n")
        return self.read(len(rest) if i < 0 else i + 1)

    def write(self, data):
        b = data.encode() if isinstance(data, str) else bytes(data)
        self.fs.files[self.path] += b
        return len(b)

    def close(self):
        self.fs.log.append("close " + self.path)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class MemFS:
    def __init__(self):
        self.files = {"/hello.txt": b"hi from memfs\nsecond\n", "/lib/memmod.py": b"ANSWER = 42\n"}
        self.dirs = {"/", "/lib"}
        self.cwd = "/"
        self.log = []

    def abs(self, path):
        if not path.startswith("/"):
            path = self.cwd + path
        return path.rstrip("/") or "/"

    def mount(self, readonly, mkfs):
        self.log.append("mount %s %s" % (readonly, mkfs))

    def umount(self):
        self.log.append("umount")

    def chdir(self, path):
        p = self.abs(path)
        if p not in self.dirs:
            raise OSError(2)
        self.cwd = p.rstrip("/") + "/"

    def getcwd(self):
        return self.cwd.rstrip("/") or "/"

    def ilistdir(self, path):
        p = self.abs(path).rstrip("/") + "/"
        for name in sorted(self.files) + sorted(self.dirs):
            if name.startswith(p) and name != p and "/" not in name[len(p):]:
                size = len(self.files[name]) if name in self.files else 0
                yield (name[len(p):], 0x8000 if name in self.files else 0x4000, 0, size)

    def stat(self, path):
        p = self.abs(path)
        if p in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[p]), 0, 0, 0)
        if p in self.dirs:
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        p = self.abs(path)
        self.log.append("open %s %s" % (p, mode))
        if "w" in mode:
            self.files[p] = b""
        elif p not in self.files:
            raise OSError(2)
        return MemFile(self, p, "b" not in mode)

    def mkdir(self, path):
        self.dirs.add(self.abs(path))

    def remove(self, path):
        del self.files[self.abs(path)]

    def rename(self, old, new):
        self.files[self.abs(new)] = self.files.pop(self.abs(old))

    def statvfs(self, path):
        return (512, 512, 64, 60, 60, 0, 0, 0, 0, 255)


fs = MemFS()
os.mount(fs, "/mem")
print(fs.log)
print(sorted(os.listdir("/")))
print(list(os.ilistdir("/mem")))
with open("/mem/hello.txt") as f:
    print(repr(f.read()))
for line in open("/mem/hello.txt"):
    print(repr(line))
with open("/mem/new.bin", "wb") as f:
    f.write(b"\x00\x01")
print(os.stat("/mem/new.bin")[6], os.stat("/mem")[0], os.statvfs("/mem")[2])
os.chdir("/mem")
print(os.getcwd())
os.chdir("lib")
print(os.getcwd(), os.listdir())
os.chdir("/mem")
os.mkdir("sub")
os.rename("new.bin", "sub/moved.bin")
print(os.listdir(), os.listdir("sub"))
os.remove("sub/moved.bin")
try:
    os.rename("hello.txt", "/flash.txt")
except OSError as e:
    print("rename across mounts:", e)
try:
    open("missing.txt")
except OSError as e:
    print("missing:", e)
os.chdir("/")
with open("local.txt", "w") as f:
    f.write("on the flash")
print(sorted(os.listdir()))
fs.log.clear()
os.umount("/mem")
print(fs.log, sorted(os.listdir("/")))
os.remove("local.txt")

# needs: scratch directory
# expected: hand-written (MicroPython OSError format: "[Errno 2] ENOENT" and plain OSError, where CPython prints its own text and subclasses)
# The errors of open() and os functions as MicroPython reports them, which tools (mpremote, ampy) parse.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"


def attempt(what, fn, *args):
    try:
        fn(*args)
        print(what, "ok")
    except OSError as e:
        print(what, type(e).__name__, e.errno, e)


os.mkdir("d")
with open("f.txt", "w") as f:
    f.write("x")
with open("d/inner.txt", "w") as f:
    f.write("y")

attempt("open missing", open, "missing.txt")
attempt("open missing dir", open, "nodir/x.txt", "w")
attempt("open dir", open, "d")
attempt("open dir for writing", open, "d", "w")
attempt("open through a file", open, "f.txt/x")
attempt("exclusive existing", open, "f.txt", "x")
attempt("mkdir existing", os.mkdir, "d")
attempt("mkdir over file", os.mkdir, "f.txt")
attempt("mkdir missing parent", os.mkdir, "a/b")
attempt("rmdir missing", os.rmdir, "nope")
attempt("rmdir not empty", os.rmdir, "d")
attempt("rmdir a file", os.rmdir, "f.txt")
attempt("remove missing", os.remove, "nope.txt")
attempt("remove a dir", os.remove, "d")
attempt("rename missing", os.rename, "nope", "x")
attempt("stat missing", os.stat, "nope")
attempt("listdir missing", os.listdir, "nope")
attempt("listdir a file", os.listdir, "f.txt")
attempt("chdir missing", os.chdir, "nope")
attempt("chdir a file", os.chdir, "f.txt")
try:
    open("f.txt", "rw")
except ValueError:
    print("mode rw ValueError")
try:
    open("f.txt", "q")
except ValueError:
    print("mode q ValueError")
with open("f.txt") as f:
    try:
        f.write("no")
    except OSError as e:
        print("write to read-only", e)
with open("f.txt", "w") as f:
    try:
        f.read()
    except OSError as e:
        print("read from write-only", e)
os.remove("d/inner.txt")
os.rmdir("d")
os.remove("f.txt")
print(os.listdir())
# What a tool sees when the error is not caught: MicroPython's traceback ends with this line.
try:
    open("missing.txt")
except OSError as e:
    print(type(e).__name__ + ":", e)

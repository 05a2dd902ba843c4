# needs: scratch directory
# flush, truncate and operations on closed files (ValueError); close() twice; closing through with.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

f = open("c.txt", "w")
f.write("0123456789")
f.flush()
print(os.stat("c.txt")[6])
print(f.truncate(4), f.tell())
f.close()
f.close()
with open("c.txt") as g:
    print(repr(g.read()))
for op in ("read", "write", "readline", "seek", "tell", "flush"):
    try:
        if op == "write":
            f.write("x")
        elif op == "seek":
            f.seek(0)
        else:
            getattr(f, op)()
        print(op, "worked")
    except ValueError:
        print(op, "ValueError")
with open("c.txt", "r+") as f:
    f.seek(2)
    print(f.truncate(), f.tell())
with open("c.txt") as f:
    print(repr(f.read()))
with open("c.txt", "w") as f:
    f.write("abc")
print(os.stat("c.txt")[6])
try:
    with open("c.txt") as f:
        raise RuntimeError("inside with")
except RuntimeError as e:
    print(e)
try:
    f.read()
except ValueError:
    print("closed by with")
os.remove("c.txt")

# needs: scratch directory
# readinto() into bytearray and memoryview (as mpremote's cp does to hash a file), with and without a size.
import os

assert not os.listdir("."), "the runner must start this script in an empty directory"

with open("r.bin", "wb") as f:
    f.write(bytes(range(1, 21)))
buf = bytearray(8)
with open("r.bin", "rb") as f:
    print(f.readinto(buf), buf)
    mv = memoryview(bytearray(16))
    n = f.readinto(mv)
    print(n, bytes(mv[:n]))
    print(f.readinto(buf), buf)
with open("r.bin", "rb") as f:
    mv = memoryview(buf)
    print(f.readinto(mv[2:5]), buf)
with open("r.bin", "rb") as f:
    chunks = []
    b = bytearray(6)
    while True:
        n = f.readinto(b)
        if not n:
            break
        chunks.append(bytes(b[:n]))
    print(chunks)
os.remove("r.bin")

# hashlib: sha256, sha1 and md5 with update/digest/hexdigest/copy; digest_size and block_size.
import hashlib

for name in ("sha256", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    print(name, ctor().hexdigest(), ctor(b"abc").hexdigest())
    h = ctor()
    h.update(b"hello ")
    c = h.copy()
    h.update(bytearray(b"world"))
    print(h.digest(), h.hexdigest() == ctor(b"hello world").hexdigest())
    print(c.hexdigest() == ctor(b"hello ").hexdigest(), h.digest_size, h.block_size)
    big = ctor(b"a" * 1000)
    for i in range(999):
        big.update(b"a" * 1000)
    print(big.hexdigest())
h = hashlib.sha256()
for chunk in (b"x" * 63, b"y", b"z" * 65, memoryview(b"end")):
    h.update(chunk)
print(h.hexdigest(), h.hexdigest())

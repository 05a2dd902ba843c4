# expected: hand-written (MicroPython's u-prefixed module names; EOPNOTSUPP is errno 95's name there)
# `import ufoo` gives the built-in foo (ampy, rshell, MicroPico and Pymakr still import uos, ubinascii, uhashlib...).
import binascii, errno, hashlib, io, os, select, struct, sys, time
import ubinascii, uerrno, uhashlib, uio, uos, uselect, ustruct, usys, utime

print(ubinascii is binascii, uerrno is errno, uhashlib is hashlib, uio is io, uos is os)
print(uselect is select, ustruct is struct, usys is sys, utime is time)
print(ubinascii.hexlify(b"\xca\xfe"), uhashlib.sha256(b"").digest()[:4], ustruct.pack("<H", 1))
print(uerrno.errorcode[95], uerrno.EOPNOTSUPP)
print(sorted(uos.uname()._fields) if hasattr(uos.uname(), "_fields") else len(uos.uname()))
print(uos.uname().release, uos.uname().sysname == sys.platform)

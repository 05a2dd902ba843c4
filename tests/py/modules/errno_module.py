# errno: the constants MicroPython defines (Linux values) and errorcode. (EOPNOTSUPP is left out: CPython's
# errorcode names 95 ENOTSUP, MicroPython's EOPNOTSUPP; tests/py/modules/u_aliases.py checks it.)
import errno

names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "ENOTDIR", "EISDIR",
         "EINVAL", "ENOSPC", "ENOTEMPTY", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS",
         "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS"]
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code])

# asyncio's streams (Stream, StreamReader, StreamWriter, open_connection, start_server), imported by
# asyncio.__getattr__ when one of them is first used.
# The classes and functions here are asyncio's: they report "asyncio" as their module, as before the split.
__name__ = "asyncio"
from asyncio import _io_wait, sleep_ms


# select.poll takes objects with MicroPython's stream ioctl; a UART that only has any() is polled through this.
class _AnyPoll:
    def __init__(self, s):
        self.s = s

    def ioctl(self, req, flags):
        if req != 3:
            return -1
        r = flags & 4
        if flags & 1 and self.s.any():
            r |= 1
        return r


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""
        self.p = _AnyPoll(s) if hasattr(s, "any") and not hasattr(s, "ioctl") else s

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def read(self, n=-1):
        r = None
        while True:
            await _io_wait(self.p, 0)
            r2 = self.s.read(n)
            if r2 is not None:
                if n >= 0:
                    return r2
                if not len(r2):
                    return r2 if r is None else r
                r = r2 if r is None else r + r2

    async def readinto(self, buf):
        await _io_wait(self.p, 0)
        return self.s.readinto(buf)

    async def readexactly(self, n):
        r = b""
        while n:
            await _io_wait(self.p, 0)
            r2 = self.s.read(n)
            if r2 is not None:
                if not len(r2):
                    raise EOFError
                r += r2
                n -= len(r2)
        return r

    async def readline(self):
        l = None
        while True:
            await _io_wait(self.p, 0)
            l2 = self.s.readline()
            if l2 is None:
                continue
            # A text stream (sys.stdin) gives str, a binary one (UART) bytes: keep what the stream gives.
            l = l2 if l is None else l + l2
            if not l2 or l[-1] == 10 or l[-1] == "\n":
                return l

    def write(self, buf):
        if not self.out_buf:
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    async def drain(self):
        if not self.out_buf:
            # drain always yields, so a write-drain loop cannot starve the other tasks.
            return await sleep_ms(0)
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            await _io_wait(self.p, 1)
            ret = self.s.write(mv[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""


StreamReader = Stream
StreamWriter = Stream


async def open_connection(host, port, ssl=None, server_hostname=None):
    raise NotImplementedError("open_connection")


async def start_server(cb, host, port, backlog=5, ssl=None):
    raise NotImplementedError("start_server")

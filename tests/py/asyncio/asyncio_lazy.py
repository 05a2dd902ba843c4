# expected: hand-written (nanoPython's asyncio loads its parts, named _asyncio_*, on first use, as MicroPython's package)
# needs: simulated board (the virtual clock makes the timing exact)
import sys
import asyncio

PARTS = ("_asyncio_funcs", "_asyncio_event", "_asyncio_lock", "_asyncio_stream")


def loaded():
    return [p[9:] for p in PARTS if p in sys.modules]


# import asyncio keeps only the scheduler: no part is loaded yet.
print("import:", loaded())
print(asyncio.run is not None, asyncio.sleep_ms is not None, asyncio.CancelledError is not None)
print("core names:", loaded())

ev = asyncio.Event()
print("Event:", loaded())
print(asyncio.ThreadSafeFlag is not None, loaded())
lock = asyncio.Lock()
print("Lock:", loaded())


async def setter(ms):
    await asyncio.sleep_ms(ms)
    ev.set()
    return ms


async def locked(name, ms):
    async with lock:
        print(name, "holds the lock")
        await asyncio.sleep_ms(ms)
    return name


async def slow():
    await asyncio.sleep_ms(100)


# A stream with MicroPython's ioctl: always readable, lines from a list.
class Lines:
    def __init__(self, lines):
        self.lines = lines
        self.out = b""

    def ioctl(self, req, flags):
        return flags if req == 3 else -1

    def readline(self):
        return self.lines.pop(0) if self.lines else b""

    def write(self, buf):
        self.out += buf
        return len(buf)


async def main():
    r = await asyncio.gather(setter(20), ev.wait(), locked("a", 10), locked("b", 10))
    print("gather:", r, loaded())
    print("set:", ev.is_set())
    try:
        await asyncio.wait_for(slow(), 0.03)
    except asyncio.TimeoutError:
        print("wait_for: timeout")
    print(await asyncio.wait_for_ms(setter(5), 50))
    s = Lines([b"one\n", b"two\n"])
    reader = asyncio.StreamReader(s)
    print("StreamReader:", loaded())
    print(await reader.readline(), await reader.readline(), await reader.readline())
    writer = asyncio.StreamWriter(s)
    writer.write(b"hi")
    await writer.drain()
    print(s.out, asyncio.Stream is asyncio.StreamReader is asyncio.StreamWriter)


asyncio.run(main())

# Once loaded, a name is an ordinary global of asyncio; from-import and uasyncio give the same objects.
print("Event" in dir(asyncio), "gather" in dir(asyncio))
from asyncio import Lock, open_connection, start_server

print(Lock is asyncio.Lock, open_connection is asyncio.open_connection, start_server is asyncio.start_server)
import uasyncio

print(uasyncio.Event is asyncio.Event, uasyncio.wait_for is asyncio.wait_for, uasyncio.run is asyncio.run)
from uasyncio import StreamWriter, ThreadSafeFlag

print(StreamWriter is asyncio.StreamWriter, ThreadSafeFlag is asyncio.ThreadSafeFlag)
for m in (asyncio, uasyncio):
    try:
        m.Queue
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(m, "_q"), hasattr(m, "Lock"))
# A name no part provides: ImportError on from-import (the usual `try: from asyncio import Queue` fallback).
try:
    from asyncio import Queue
except ImportError as e:
    print("ImportError:", e)
# The parts' classes are asyncio's.
print(asyncio.Event, asyncio.Lock.__module__, asyncio.Stream.__module__)

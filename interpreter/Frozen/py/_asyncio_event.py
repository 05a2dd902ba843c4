# asyncio's Event and ThreadSafeFlag, imported by asyncio.__getattr__ when one of them is first used.
# _cur changes as tasks run, so it is read from asyncio (core) each time; the rest is bound once on import.
# The classes and functions here are asyncio's: they report "asyncio" as their module, as before the split.
__name__ = "asyncio"
import asyncio as core
from asyncio import _wake, _never, _io_wait


class Event:
    def __init__(self):
        self.state = False
        self.waiting = []

    def is_set(self):
        return self.state

    def set(self):
        w = self.waiting
        self.waiting = []
        for t in w:
            _wake(t)
        self.state = True

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            self.waiting.append(core._cur)
            core._cur.data = self.waiting
            await _never
        return True


# Set from an interrupt handler; the loop sees it through select.poll (the ioctl below).
class ThreadSafeFlag:
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:
            return self.state * flags
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    async def wait(self):
        if not self.state:
            await _io_wait(self, 0)
        self.state = 0

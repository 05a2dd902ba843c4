# asyncio's Lock, imported by asyncio.__getattr__ when it is first used.
# _cur changes as tasks run, so it is read from asyncio (core) each time; the rest is bound once on import.
# The classes and functions here are asyncio's: they report "asyncio" as their module, as before the split.
__name__ = "asyncio"
import asyncio as core
from asyncio import CancelledError, _wake, _never


class Lock:
    def __init__(self):
        # 0 unlocked, 1 locked, or the task the lock is being handed to.
        self.state = 0
        self.waiting = []

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting:
            self.state = self.waiting.pop(0)
            _wake(self.state)
        else:
            self.state = 0

    async def acquire(self):
        if self.state != 0:
            self.waiting.append(core._cur)
            core._cur.data = self.waiting
            try:
                await _never
            except CancelledError as er:
                if self.state == core._cur:
                    # Handed the lock and cancelled before taking it: pass it on.
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()

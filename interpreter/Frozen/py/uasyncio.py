# uasyncio: MicroPython's old name of asyncio, the same module.
from asyncio import *

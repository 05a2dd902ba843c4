# uasyncio: MicroPython's old name of asyncio, the same module.
from asyncio import *


# import * copies only what asyncio has loaded; the names asyncio loads on first use (its _attrs) are fetched through
# asyncio, so both modules give the same objects and each part is loaded once.
def __getattr__(attr):
    import asyncio

    if attr not in asyncio._attrs:
        raise AttributeError("module 'uasyncio' has no attribute '%s'" % attr)
    value = getattr(asyncio, attr)
    globals()[attr] = value
    return value

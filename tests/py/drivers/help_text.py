# expected: hand-written (MicroPython's help(); CPython's help is pydoc)
# help() text and help(obj); help('modules') is checked against the module registry in tests/NanoPython.Tests/Frozen.
import sys
help()
import framebuf, asyncio, neopixel, dht, onewire, ds18x20, uasyncio, machine
print(uasyncio.run is asyncio.run, uasyncio.Event is asyncio.Event)


class Point:
    x = 1


help(Point)
help(framebuf.FrameBuffer1)
help(framebuf.FrameBuffer)
import neopixel
help(neopixel)

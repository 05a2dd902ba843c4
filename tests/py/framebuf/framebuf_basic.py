# framebuf: fill, pixel, hline, vline, rect, fill_rect and line on a MONO_VLSB frame, with clipping
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf
from mod_show import show

w, h = 16, 12
buf = bytearray(w * ((h + 7) // 8))
fb = framebuf.FrameBuffer(buf, w, h, framebuf.MONO_VLSB)
fb.fill(0)
fb.pixel(0, 0, 1)
fb.pixel(15, 11, 1)
fb.pixel(16, 0, 1)
fb.pixel(-1, 3, 1)
print(fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(16, 0), fb.pixel(0, -1))
fb.hline(2, 2, 10, 1)
fb.vline(3, -2, 20, 1)
show(fb, w, h)
print(bytes(buf))

fb.fill(0)
fb.rect(1, 1, 6, 4, 1)
fb.rect(9, 1, 5, 5, 1, True)
fb.fill_rect(12, 8, 10, 10, 1)
fb.rect(-2, 7, 5, 3, 1)
show(fb, w, h)

fb.fill(0)
fb.line(0, 0, 15, 11, 1)
fb.line(15, 0, 0, 5, 1)
fb.line(2, 11, 4, 0, 1)
fb.line(8, 8, 8, 8, 1)
fb.line(-5, 10, 20, 10, 1)
show(fb, w, h)

fb.fill(1)
fb.hline(0, 5, 16, 0)
fb.rect(0, 0, 0, 3, 0)
show(fb, w, h)
print(bytes(buf))
print(len(bytes(fb)), bytes(memoryview(fb)[:4]))

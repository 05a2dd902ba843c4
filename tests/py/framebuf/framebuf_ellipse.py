# framebuf: ellipse outlines, filled ellipses, quadrant masks and zero radii
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf
from mod_show import show

w, h = 20, 14
fb = framebuf.FrameBuffer(bytearray(w * h), w, h, framebuf.GS8)
fb.ellipse(9, 6, 8, 5, 1)
show(fb, w, h)
fb.fill(0)
fb.ellipse(9, 6, 8, 5, 1, True)
show(fb, w, h)
fb.fill(0)
fb.ellipse(5, 5, 4, 4, 1, False, 0b0101)
fb.ellipse(14, 7, 4, 6, 1, True, 0b1010)
show(fb, w, h)
fb.fill(0)
fb.ellipse(3, 3, 0, 0, 1)
fb.ellipse(6, 3, 0, 2, 1)
fb.ellipse(10, 3, 3, 0, 1, True)
fb.ellipse(17, 12, 6, 6, 1)
fb.ellipse(2, 10, 1, 1, 1, False, 0)
show(fb, w, h)

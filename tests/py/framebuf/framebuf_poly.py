# framebuf: polygon outlines and scan-line fills from arrays of several typecodes
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf
from array import array
from mod_show import show

w, h = 20, 14
fb = framebuf.FrameBuffer(bytearray(w * 2), w, h, framebuf.MONO_VLSB)
tri = array('h', [0, 0, 10, 4, 2, 11])
fb.poly(1, 1, tri, 1)
show(fb, w, h)
fb.fill(0)
fb.poly(1, 1, tri, 1, True)
show(fb, w, h)
fb.fill(0)
star = array('b', [5, 0, 7, 5, 12, 5, 8, 8, 10, 13, 5, 10, 0, 13, 2, 8, -2, 5, 3, 5])
fb.poly(3, 0, star, 1, True)
show(fb, w, h)
fb.fill(0)
fb.poly(0, 0, array('i', [2, 2, 17, 2, 17, 11, 2, 11]), 1, True)
fb.poly(0, 0, array('H', [4, 4, 15, 4, 15, 9, 4, 9]), 0)
fb.poly(0, 0, array('h', []), 1)
fb.poly(0, 0, array('h', [9, 6]), 0, True)
show(fb, w, h)

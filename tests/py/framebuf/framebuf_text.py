# framebuf: text in MicroPython's 8x8 font, clipping, colours and characters outside ASCII
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf
from mod_show import show

w, h = 32, 10
fb = framebuf.FrameBuffer(bytearray(w * 2), w, h, framebuf.MONO_HLSB)
fb.text('Hi!', 0, 0)
fb.text('g', 26, 3, 1)
show(fb, w, h)
fb.fill(1)
fb.text('AB', -3, 4, 0)
fb.text('@', 28, -2, 0)
show(fb, w, h)
fb.fill(0)
fb.text('\x7f\x01é', 0, 1)
show(fb, w, h)

# Every glyph as raw column bytes: the font is MicroPython's, byte for byte.
g = bytearray(8)
gb = framebuf.FrameBuffer(g, 8, 8, framebuf.MONO_VLSB)
total = 0
for c in range(32, 128):
    gb.fill(0)
    gb.text(chr(c), 0, 0)
    total = (total * 31 + sum(i * v for i, v in enumerate(g, 1))) % 1000000007
    if c in (48, 65, 97, 126):
        print(chr(c), bytes(g))
print(total)

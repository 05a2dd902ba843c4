# framebuf: scroll in every direction, and blit with clipping, a transparent key and a palette
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf
from mod_show import show

w, h = 10, 6
fb = framebuf.FrameBuffer(bytearray(w * h), w, h, framebuf.GS8)
def pattern():
    fb.fill(0)
    fb.rect(1, 1, 4, 3, 1)
    fb.pixel(8, 4, 2)
pattern()
show(fb, w, h, True)
fb.scroll(2, 1)
show(fb, w, h, True)
pattern()
fb.scroll(-3, -1)
show(fb, w, h, True)
pattern()
fb.scroll(0, 20)
show(fb, w, h, True)

spr = framebuf.FrameBuffer(bytearray(4 * 3), 4, 3, framebuf.GS8)
spr.fill(5)
spr.pixel(1, 1, 0)
spr.pixel(2, 1, 9)
fb.fill(1)
fb.blit(spr, 0, 0)
fb.blit(spr, 5, 2, 0)
fb.blit(spr, 8, 4, 5)
fb.blit(spr, -2, 4)
fb.blit(spr, 20, 20)
show(fb, w, h, True)

# A 1-bit sprite drawn in colours through a palette, key applied to the palette's colour.
mono = framebuf.FrameBuffer(bytearray(8), 8, 2, framebuf.MONO_HLSB)
mono.text('', 0, 0)
mono.hline(0, 0, 8, 1)
mono.pixel(3, 1, 1)
pal = framebuf.FrameBuffer(bytearray(2), 2, 1, framebuf.GS8)
pal.pixel(0, 0, 7)
pal.pixel(1, 0, 3)
fb.fill(0)
fb.blit(mono, 1, 1, -1, pal)
fb.blit(mono, 1, 4, 7, pal)
show(fb, w, h, True)

rgb = framebuf.FrameBuffer(bytearray(2 * 2 * 2), 2, 2, framebuf.RGB565)
rgb.fill(0x1234)
big = framebuf.FrameBuffer(bytearray(4 * 2 * 2), 4, 2, framebuf.RGB565)
big.blit(rgb, 1, 0)
print([hex(big.pixel(x, 0)) for x in range(4)])

# framebuf: a few hundred pseudo-random drawing calls on every format, far and negative coordinates included
# expected: hand-written (CPython has no framebuf; the .exp is MicroPython's own output for this script)
import framebuf
from array import array

seed = 12345


def rnd(n):
    # A fixed LCG, so the calls are the same on every implementation.
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


def crd(n):
    return rnd(n + 16) - 8


def digest(b):
    h = 0
    for v in b:
        h = (h * 33 + v) & 0xFFFFFF
    return h


formats = [framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.RGB565,
           framebuf.GS2_HMSB, framebuf.GS4_HMSB, framebuf.GS8]
for fmt in formats:
    w = 13 + rnd(10)
    h = 9 + rnd(10)
    buf = bytearray(w * h * 2 + 8)
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    src = framebuf.FrameBuffer(bytearray(6 * 5 * 2), 6, 5, fmt)
    src.fill(1)
    src.line(0, 0, 5, 4, 2)
    src.pixel(2, 1, 0)
    pal = framebuf.FrameBuffer(bytearray(8), 4, 1, framebuf.GS8)
    for i in range(4):
        pal.pixel(i, 0, 3 - i)
    out = []
    for step in range(40):
        op = rnd(11)
        c = rnd(0x10000)
        if op == 0:
            fb.pixel(crd(w), crd(h), c)
        elif op == 1:
            fb.hline(crd(w), crd(h), rnd(w + 4) - 2, c)
        elif op == 2:
            fb.vline(crd(w), crd(h), rnd(h + 4) - 2, c)
        elif op == 3:
            fb.line(crd(w), crd(h), crd(w), crd(h), c)
        elif op == 4:
            fb.rect(crd(w), crd(h), rnd(w), rnd(h), c, rnd(2))
        elif op == 5:
            fb.ellipse(crd(w), crd(h), rnd(9), rnd(7), c, rnd(2), rnd(16))
        elif op == 6:
            n = 1 + rnd(6)
            fb.poly(crd(w), crd(h), array('h', [crd(w) for i in range(2 * n)]), c, rnd(2))
        elif op == 7:
            fb.text(chr(32 + rnd(96)) + chr(32 + rnd(96)), crd(w), crd(h), c)
        elif op == 8:
            fb.scroll(rnd(7) - 3, rnd(7) - 3)
        elif op == 9:
            fb.blit(src, crd(w), crd(h), rnd(4) - 1)
        else:
            fb.blit(src, crd(w), crd(h), rnd(5) - 1, pal)
        out.append(digest(buf))
    print(fmt, w, h, out[:20])
    print(out[20:], fb.pixel(w - 1, h - 1))

# expected: hand-written (CPython has no framebuf; MicroPython's 32-bit arithmetic never finishes some of these)
# Huge coordinates and radii finish quickly and draw exactly what falls on the buffer (lines are walked only where
# they cross it; ellipse radii are capped at 2**20): nothing here may hang.
import framebuf

fb = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB)


def show(label):
    print(label, bytes(fb).hex())
    fb.fill(0)


fb.ellipse(4, 4, 2**30, 2**30, 1, True)
show("filled circle covering the buffer")
fb.ellipse(4, 4, 2**31 - 1, 2**31 - 1, 1)
show("outline far outside")
fb.ellipse(4, 4, 2**31 - 1, 3, 1)
show("very wide ellipse")
fb.ellipse(4, 4, 3, 2**31 - 1, 1, True)
show("very tall filled ellipse")
fb.ellipse(-2**31, -2**31, 2**31 - 1, 2**31 - 1, 1, True)
show("centre far away")
fb.line(-2**31, -2**31, 2**31 - 1, 2**31 - 1, 1)
show("diagonal line through")
fb.line(-10**9, 0, 10**9, 1, 1)
show("long shallow line")
fb.line(3, -2**31, 4, 2**31 - 1, 1)
show("long steep line")
fb.hline(-2**31, 3, 2**31 - 1, 1)
fb.vline(5, -2**31, 2**31 - 1, 1)
show("hline and vline")
fb.rect(-2**31, -2**31, 2**31 - 1, 2**31 - 1, 1, True)
show("rect to the corner")
fb.fill_rect(2, 2, 2**31 - 1, 2**31 - 1, 1)
show("fill_rect to the far corner")
fb.rect(2, 2, 2**31 - 1, 2**31 - 1, 1)
show("rect outline to the far corner")
fb.text("A" * 100, -2**31, 0, 1)
show("text far left")
fb.scroll(2**31 - 1, -2**31)
show("scroll by huge amounts")

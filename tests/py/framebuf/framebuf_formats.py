# framebuf: the pixel layouts of every format (raw bytes after drawing), strides, and constructor errors
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf
from mod_show import show

formats = [
    ('MONO_VLSB', framebuf.MONO_VLSB, 1),
    ('MONO_HLSB', framebuf.MONO_HLSB, 1),
    ('MONO_HMSB', framebuf.MONO_HMSB, 1),
    ('GS2_HMSB', framebuf.GS2_HMSB, 3),
    ('GS4_HMSB', framebuf.GS4_HMSB, 15),
    ('GS8', framebuf.GS8, 255),
    ('RGB565', framebuf.RGB565, 0xF81F),
]
for name, fmt, col in formats:
    buf = bytearray(40)
    fb = framebuf.FrameBuffer(buf, 10, 9, fmt) if fmt in (framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB) else framebuf.FrameBuffer(buf, 5, 3, fmt)
    fb.pixel(0, 0, col)
    fb.pixel(1, 0, 1)
    fb.pixel(3, 1, col)
    fb.pixel(2, 2, 2)
    print(name, fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(3, 1), fb.pixel(2, 2), fb.pixel(4, 2))
    print(bytes(buf))
    fb.fill(0)
    fb.hline(1, 1, 3, col)
    fb.vline(4, 0, 3, col)
    print(bytes(buf))

print(framebuf.MONO_VLSB, framebuf.MVLSB, framebuf.RGB565, framebuf.GS4_HMSB, framebuf.MONO_HLSB,
      framebuf.MONO_HMSB, framebuf.GS2_HMSB, framebuf.GS8)

# A stride wider than the width: the pixels of x >= width stay untouched.
buf = bytearray(16)
fb = framebuf.FrameBuffer(buf, 3, 4, framebuf.GS8, 4)
fb.fill(7)
print(bytes(buf))
buf = bytearray(4)
fb = framebuf.FrameBuffer(buf, 5, 4, framebuf.MONO_HLSB)
fb.fill(1)
print(bytes(buf))
show(fb, 5, 4)

for args in [(bytearray(10), 8, 16, framebuf.MONO_VLSB), (bytearray(16), 8, 16, framebuf.MONO_VLSB),
             (bytearray(10), 5, 2, framebuf.GS8), (bytearray(10), 0, 2, framebuf.GS8),
             (bytearray(10), 5, 2, 99), (bytearray(10), 5, 2, framebuf.GS8, 4), (bytearray(20), 5, 2, framebuf.RGB565)]:
    try:
        framebuf.FrameBuffer(*args)
        print('ok')
    except ValueError:
        print('ValueError')
try:
    framebuf.FrameBuffer(b'12345678', 8, 8, framebuf.MONO_VLSB)
    print('ok')
except TypeError:
    print('TypeError')
fb1 = framebuf.FrameBuffer1(bytearray(8), 8, 8)
fb1.pixel(2, 3, 1)
print(bytes(fb1))

# framebuf: subclassing FrameBuffer the way display drivers do (super().__init__ with the buffer)
# expected: hand-written (CPython has no framebuf; checked against MicroPython's framebuf, extmod/modframebuf.c)
import framebuf


class Display(framebuf.FrameBuffer):
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.buffer = bytearray(width * height // 8)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)

    def show(self):
        for y in range(self.height):
            print(''.join('#' if self.pixel(x, y) else '.' for x in range(self.width)))


d = Display(16, 8)
d.fill(0)
d.text('ok', 0, 0, 1)
d.show()
print(d.buffer[:4], isinstance(d, framebuf.FrameBuffer))


class Plain(framebuf.FrameBuffer):
    pass


p = Plain(bytearray(4), 4, 4, framebuf.MONO_HLSB)
p.fill(1)
print(p.pixel(3, 3), bytes(p))

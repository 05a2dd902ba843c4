# A minimal framebuf stand-in in Python (MONO_VLSB only: fill, pixel, hline, vline, rect, text with a few 8x8
# glyphs), enough for the upstream ssd1306 driver until the native framebuf module exists.
MONO_VLSB = 0

_FONT = {
    " ": b"\x00\x00\x00\x00\x00\x00\x00\x00",
    "!": b"\x00\x00\x5f\x00\x00\x00\x00\x00",
    "H": b"\x7f\x08\x08\x08\x7f\x00\x00\x00",
    "i": b"\x00\x44\x7d\x40\x00\x00\x00\x00",
    "n": b"\x7c\x04\x04\x04\x78\x00\x00\x00",
    "o": b"\x38\x44\x44\x44\x38\x00\x00\x00",
}


class FrameBuffer:
    def __init__(self, buf, width, height, format, stride=None):
        if format != MONO_VLSB:
            raise ValueError("only MONO_VLSB")
        self._buf = buf
        self._w = width
        self._h = height

    def pixel(self, x, y, c=None):
        if not (0 <= x < self._w and 0 <= y < self._h):
            return None
        i = (y >> 3) * self._w + x
        bit = 1 << (y & 7)
        if c is None:
            return 1 if self._buf[i] & bit else 0
        if c:
            self._buf[i] |= bit
        else:
            self._buf[i] &= ~bit & 0xFF

    def fill(self, c):
        v = 0xFF if c else 0
        for i in range(len(self._buf)):
            self._buf[i] = v

    def hline(self, x, y, w, c):
        for i in range(w):
            self.pixel(x + i, y, c)

    def vline(self, x, y, h, c):
        for i in range(h):
            self.pixel(x, y + i, c)

    def rect(self, x, y, w, h, c, f=False):
        if f:
            for i in range(h):
                self.hline(x, y + i, w, c)
        else:
            self.hline(x, y, w, c)
            self.hline(x, y + h - 1, w, c)
            self.vline(x, y, h, c)
            self.vline(x + w - 1, y, h, c)

    def text(self, s, x, y, c=1):
        for ch in s:
            glyph = _FONT.get(ch, _FONT[" "])
            for col in range(8):
                bits = glyph[col]
                for row in range(8):
                    if bits & (1 << row):
                        self.pixel(x + col, y + row, c)
            x += 8

# neopixel: WS2812 ("NeoPixel") LEDs over machine.bitstream, the API of MicroPython's driver.
from machine import bitstream


class NeoPixel:
    # Where each of R, G, B, W goes in a pixel's bytes: the LEDs take green first.
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        pin.init(pin.OUT)
        # 1: 800 kHz, 0: 400 kHz, or (high_0, low_0, high_1, low_1) in nanoseconds.
        if isinstance(timing, int):
            timing = (400, 850, 800, 450) if timing else (800, 1700, 1600, 900)
        self.timing = timing

    def __len__(self):
        return self.n

    def __setitem__(self, i, v):
        o = i * self.bpp
        for k in range(self.bpp):
            self.buf[o + self.ORDER[k]] = v[k]

    def __getitem__(self, i):
        o = i * self.bpp
        return tuple(self.buf[o + self.ORDER[k]] for k in range(self.bpp))

    def fill(self, v):
        b = self.buf
        n = len(b)
        bpp = self.bpp
        for k in range(bpp):
            c = v[k]
            j = self.ORDER[k]
            while j < n:
                b[j] = c
                j += bpp

    def write(self):
        # Encoding 0: high then low for each bit.
        bitstream(self.pin, 0, self.timing, self.buf)

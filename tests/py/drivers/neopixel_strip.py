# expected: hand-written (machine module; CPython has neither machine nor the frozen drivers)
# The frozen neopixel driver over machine.bitstream and the simulated WS2812 strip of 8 LEDs on GPIO5.
import _board
from machine import Pin
from neopixel import NeoPixel

np = NeoPixel(Pin(5), 8)
print(len(np), np.bpp, np.timing, np[0])
np[0] = (255, 0, 0)
np[1] = (0, 255, 0)
np[7] = (1, 2, 3)
print(np[0], np[1], np[7], bytes(np.buf[:6]))
np.write()
print(_board.cmd("show strip"))
np.fill((16, 32, 64))
np[3] = (0, 0, 0)
np.write()
print(_board.cmd("show strip"))
print([np[i] for i in (2, 3)])

w = NeoPixel(Pin(5), 2, bpp=4, timing=0)
w[0] = (1, 2, 3, 4)
w.fill((9, 8, 7, 6))
w[1] = (10, 20, 30, 40)
print(w.timing, w[0], w[1], bytes(w.buf))
t = NeoPixel(Pin(5), 1, timing=(350, 800, 700, 600))
print(t.timing)

# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# NeoPixel colours (the frozen neopixel driver) through machine.bitstream: the simulated WS2812 strip on GPIO5 decodes the pulse widths.
import time
import _board
from machine import Pin, bitstream
from neopixel import NeoPixel

np = NeoPixel(Pin(5), 8)
print(len(np))
np[0] = (255, 0, 0)
np[1] = (0, 255, 0)
np[2] = (0, 0, 255)
np[7] = (16, 32, 48)
print(np[7], np.buf[:3])
t0 = time.ticks_us()
np.write()
print("write took us:", time.ticks_diff(time.ticks_us(), t0))
print(_board.cmd("show strip"))
np.fill((1, 2, 3))
np.write()
print(_board.cmd("show strip"))

# The 400 kHz timing is misread by an 800 kHz strip (its 0 bits are too long), as on real hardware.
slow = NeoPixel(Pin(5), 8, timing=0)
slow[0] = (0, 0, 0)
slow.write()
print(_board.cmd("show strip").split()[0])

try:
    bitstream(Pin(5), 1, (400, 850, 800, 450), b"\x00")
except ValueError as e:
    print("ValueError:", e)
try:
    bitstream(Pin(5), 0, (400, 850, 800), b"\x00")
except ValueError as e:
    print("ValueError:", e)

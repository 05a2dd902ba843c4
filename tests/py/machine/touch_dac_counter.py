# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# The esp32 extras: TouchPad on GPIO27, DAC on GPIO25 (read back by the ADC of the same pad), Counter and Encoder.
import time
import _board
from machine import ADC, DAC, Counter, Encoder, Pin, TouchPad

pad = TouchPad(Pin(27))
print("untouched:", pad.read())
_board.cmd("press touch")
print("touched:", pad.read())
_board.cmd("release touch")
pad.config(300)

dac = DAC(Pin(25))
print(dac)
adc = ADC(Pin(25), atten=ADC.ATTN_11DB)
for v in (0, 64, 128, 255):
    dac.write(v)
    print(v, adc.read_uv())

clicks = Counter(0, Pin(0), edge=Counter.FALLING)
for i in range(5):
    _board.cmd("click button 5ms")
    time.sleep_ms(10)
print("clicks:", clicks.value(), clicks.value(0), clicks.value())
print(Counter.RISING, Counter.FALLING, Counter.UP, Counter.DOWN)

enc = Encoder(1, Pin(13), Pin(14), phases=4)
for step in ("13 high", "14 high", "13 low", "14 low") * 3:
    _board.cmd("pin " + step)
print("encoder:", enc.value())
for step in ("14 high", "13 high", "14 low", "13 low"):
    _board.cmd("pin " + step)
print("encoder:", enc.value())
try:
    Counter(1, Pin(0))
except ValueError as e:
    print("ValueError:", e)
try:
    TouchPad(Pin(5))
except ValueError as e:
    print("ValueError:", e)

# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Blink the DevKit's LED (GPIO2) with Pin and time.sleep_ms; the board's trace shows what the pin did and when.
import time
import _board
from machine import Pin

led = Pin(2, Pin.OUT)
print(led)
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN)
_board.cmd("trace start")
t0 = time.ticks_ms()
for i in range(3):
    led.on()
    print("on:", led.value(), _board.cmd("show led"))
    time.sleep_ms(500)
    led.off()
    print("off:", led(), _board.cmd("show led"))
    time.sleep_ms(500)
print("elapsed ms:", time.ticks_diff(time.ticks_ms(), t0))
led.toggle()
print("toggled:", led.value())
led(0)
print(_board.cmd("trace dump"))
print(Pin(2) is led)

for bad in (6, 20, 40):
    try:
        Pin(bad)
    except ValueError as e:
        print(bad, e)
try:
    Pin(34, Pin.OUT)
except ValueError as e:
    print(34, e)

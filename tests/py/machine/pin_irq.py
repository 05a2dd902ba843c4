# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Pin.irq on the simulated BOOT button (GPIO0, active low): handlers are scheduled and run between bytecodes.
import time
import _board
from machine import Pin

presses = []


def pressed(pin):
    presses.append((pin, time.ticks_ms(), pin.value()))


button = Pin(0, Pin.IN, Pin.PULL_UP)
print("released level:", button.value())
irq = button.irq(handler=pressed, trigger=Pin.IRQ_FALLING)
print(irq)
_board.cmd("after 100ms press button")
_board.cmd("after 250ms release button")
_board.cmd("after 400ms click button 50ms")
time.sleep_ms(1000)
for p, t, v in presses:
    print(p, t, v)
print("trigger:", irq.trigger())

# Both edges, and the IRQ object calls the handler at once.
count = [0]


def edge(pin):
    count[0] += 1


button.irq(edge)
_board.cmd("click button 20ms")
time.sleep_ms(100)
print("edges:", count[0])
irq = button.irq(edge)
irq()
print("after call:", count[0])

# handler=None disables it.
button.irq(None)
_board.cmd("click button 20ms")
time.sleep_ms(100)
print("disabled:", count[0])

# Signal: the active-low button reads 1 while pressed.
from machine import Signal

pushed = Signal(button, invert=True)
_board.cmd("press button")
print("pushed:", pushed.value())
_board.cmd("release button")
print("pushed:", pushed())

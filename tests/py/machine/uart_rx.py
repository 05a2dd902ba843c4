# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# UART reads with timeouts, readline, irq on received bytes (the inputs channel plays the other end).
import time
import _board
from machine import UART

u = UART(2, 9600, timeout=50)
print(u)
print(u.read(), u.any())
_board.cmd('uart 2 "hello\\nworld"')
print(u.any())
print(u.readline())
print(u.read(3), u.read())
print(u.read(1))

got = []
irq = u.irq(handler=lambda uart: got.append(uart.read()), trigger=UART.IRQ_RX)
_board.cmd('after 20ms uart 2 "ping"')
time.sleep_ms(50)
print(got, irq.flags() == UART.IRQ_RX)
print(u.write(b"AT\r\n"), u.txdone())
u.flush()
print(u.txdone())
try:
    UART(3)
except ValueError as e:
    print("ValueError:", e)

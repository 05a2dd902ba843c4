# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# The frozen dht driver (interpreter/Frozen) over machine.dht_readinto and the simulated DHT22 on GPIO4.
import time
import _board
from machine import Pin
from dht import DHT22

sensor = DHT22(Pin(4))
t0 = time.ticks_ms()
sensor.measure()
print("measure took ms:", time.ticks_diff(time.ticks_ms(), t0))
print("{:.1f} {:.1f}".format(sensor.temperature(), sensor.humidity()))
_board.cmd("set dht temperature -12.3")
_board.cmd("set dht humidity 99.9")
sensor.measure()
print("{:.1f} {:.1f}".format(sensor.temperature(), sensor.humidity()))
print(list(sensor.buf))

try:
    DHT22(Pin(13)).measure()
except OSError as e:
    print("OSError:", e)
import machine

try:
    machine.dht_readinto(Pin(4), bytearray(4))
except ValueError as e:
    print("ValueError:", e)

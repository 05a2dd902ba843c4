# expected: hand-written (machine module; CPython has neither machine nor the frozen drivers)
# The frozen dht driver over machine.dht_readinto and the simulated DHT22 on GPIO4.
import time
import _board
from machine import Pin
import dht

d = dht.DHT22(Pin(4))
t0 = time.ticks_ms()
d.measure()
print("measure took ms:", time.ticks_diff(time.ticks_ms(), t0))
print("{:.1f} {:.1f}".format(d.temperature(), d.humidity()))
_board.cmd("set dht temperature -7.5")
_board.cmd("set dht humidity 12.3")
time.sleep_ms(2000)
d.measure()
print("{:.1f} {:.1f}".format(d.temperature(), d.humidity()))
print(list(d.buf))
# A DHT11 decodes the same five bytes as integers.
d11 = dht.DHT11(Pin(4))
time.sleep_ms(2000)
d11.measure()
print(d11.temperature(), d11.humidity(), isinstance(d11, dht.DHTBase))
try:
    dht.DHT22(Pin(13)).measure()
except OSError as e:
    print("OSError", e.errno)

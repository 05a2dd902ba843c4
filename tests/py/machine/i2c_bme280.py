# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Reads the simulated BME280 through a driver written like the common MicroPython ones; the board decides what it
# measures (the inputs channel's "set bme280 ...").
import time
import _board
from machine import I2C, Pin
from mod_bme280 import BME280

i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)
print("chip id:", hex(i2c.readfrom_mem(0x76, 0xD0, 1)[0]))
bme = BME280(i2c=i2c)
print("T1:", bme.dig_T1, "P1:", bme.dig_P1, "H1:", bme.dig_H1)
t0 = time.ticks_ms()
print(bme.values)
print("conversion wait ms:", time.ticks_diff(time.ticks_ms(), t0))

_board.cmd("set bme280 temperature -7.4")
_board.cmd("set bme280 pressure 987.6")
_board.cmd("set bme280 humidity 88.8")
t, p, h = bme.read_compensated_data()
print("{:.1f} {:.1f} {:.1f}".format(t, p / 100, h))

# Over SoftI2C on the same pins.
from machine import SoftI2C, Pin

soft = BME280(i2c=SoftI2C(scl=Pin(22), sda=Pin(21)))
print(soft.values)

# A soft reset (0xB6 to 0xE0) restores the power-on data registers.
i2c.writeto_mem(0x76, 0xE0, b"\xb6")
print(i2c.readfrom_mem(0x76, 0xF7, 8))

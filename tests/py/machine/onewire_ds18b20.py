# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# The frozen onewire and ds18x20 drivers (interpreter/Frozen) over _onewire and the simulated DS18B20 on GPIO15.
import time
import _board
from machine import Pin
from onewire import OneWire
from ds18x20 import DS18X20

ds = DS18X20(OneWire(Pin(15)))
roms = ds.scan()
print([bytes(r) for r in roms])
rom = roms[0]
print("crc ok:", ds.ow.crc8(rom) == 0)
print("power-on value:", ds.read_temp(rom))
ds.convert_temp()
time.sleep_ms(750)
print(ds.read_temp(rom))
_board.cmd("set probe temperature -10.125")
ds.convert_temp()
print("too early:", ds.read_temp(rom))
time.sleep_ms(750)
print(ds.read_temp(rom))

# 9-bit resolution: 93.75 ms conversions, 0.5 degree steps.
ds.write_scratch(rom, b"\x4b\x46\x1f")
_board.cmd("set probe temperature 21.3")
ds.convert_temp()
time.sleep_ms(100)
print(ds.read_temp(rom), hex(ds.read_scratch(rom)[4]))

print("no device:", OneWire(Pin(13)).reset())

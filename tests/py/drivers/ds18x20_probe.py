# expected: hand-written (machine module; CPython has neither machine nor the frozen drivers)
# The frozen onewire and ds18x20 drivers over _onewire and the simulated DS18B20 on GPIO15.
import time
import _board
from machine import Pin
import onewire
import ds18x20

ow = onewire.OneWire(Pin(15))
print(ow.reset(), ow.SEARCH_ROM, ow.MATCH_ROM, ow.SKIP_ROM)
roms = ow.scan()
print([bytes(r) for r in roms], ow.crc8(roms[0]))
ds = ds18x20.DS18X20(ow)
print(ds.scan() == roms)
rom = roms[0]
ds.convert_temp()
time.sleep_ms(750)
print(ds.read_temp(rom))
_board.cmd("set probe temperature -10.125")
ds.convert_temp()
time.sleep_ms(750)
print(ds.read_temp(rom))
ds.write_scratch(rom, b"\x12\x34\x7f")
s = ds.read_scratch(rom)
print(bytes(s[2:5]), ow.crc8(s))
ow.select_rom(rom)
ow.writebyte(0xBE)
buf = bytearray(2)
ow.readinto(buf)
print(bytes(buf), ow.readbit() in (0, 1), ow.readbyte() >= 0)
print(ow.crc8(b"\x02\x1c\xb8\x01\x00\x00\x00"))
empty = onewire.OneWire(Pin(13))
print(empty.reset(), empty.scan())
try:
    empty.reset(True)
except onewire.OneWireError:
    print("OneWireError")

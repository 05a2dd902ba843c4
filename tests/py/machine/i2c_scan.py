# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# I2C(0) and SoftI2C on the DevKit wiring (SCL 22, SDA 21) find the simulated SSD1306 (0x3c), 24C32 (0x50) and
# BME280 (0x76); the default pins (SCL 18, SDA 19) have nothing attached.
from machine import I2C, SoftI2C, Pin

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
print(i2c)
print(I2C(1).scan(), I2C(0, scl=Pin(18), sda=Pin(19)).scan())
i2c = I2C(0, scl=Pin(22), sda=Pin(21))
print([hex(a) for a in i2c.scan()])
soft = SoftI2C(scl=Pin(22), sda=Pin(21), freq=100000)
print(soft)
print(soft.scan())
print(I2C(1).scan())
print(I2C(0) is i2c)

try:
    i2c.readfrom(0x10, 1)
except OSError as e:
    print("OSError:", e, e.errno)
try:
    soft.writeto(0x10, b"\x00")
except OSError as e:
    print("OSError:", e)
try:
    I2C(2)
except ValueError as e:
    print("ValueError:", e)
try:
    i2c.start()
except OSError as e:
    print("OSError:", e)

# The 24C32 EEPROM: 16-bit memory addresses, a 5 ms write cycle during which it does not answer.
import time

i2c.writeto_mem(0x50, 0x0010, b"nanoPython", addrsize=16)
try:
    i2c.readfrom_mem(0x50, 0x0010, 10, addrsize=16)
except OSError as e:
    print("busy:", e)
time.sleep_ms(5)
print(i2c.readfrom_mem(0x50, 0x0010, 10, addrsize=16))
buf = bytearray(4)
i2c.readfrom_mem_into(0x50, 0x0014, buf, addrsize=16)
print(buf)
# Current-address read after setting the address with a write that has no data.
print(i2c.writeto(0x50, b"\x00\x10"))
print(i2c.readfrom(0x50, 4))

# SoftI2C primitives.
soft.start()
print("acks:", soft.write(b"\xa0\x00\x10"))
soft.start()
print("acks:", soft.write(b"\xa1"))
buf = bytearray(4)
soft.readinto(buf)
soft.stop()
print(buf)

# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Text on the simulated SSD1306 through the upstream ssd1306 driver (over a framebuffer); the board draws its panel.
import _board
from machine import I2C, Pin
from mod_ssd1306 import SSD1306_I2C

oled = SSD1306_I2C(128, 64, I2C(0, scl=Pin(22), sda=Pin(21)))
print(_board.cmd("list").split("\n")[4])
oled.text("Hi!", 0, 0)
oled.rect(100, 50, 28, 14, 1)
oled.show()
print(_board.cmd("show oled 0 0 24 8"))
print(_board.cmd("show oled 96 48 32 16"))
oled.invert(1)
print(_board.cmd("show oled 0 0 16 2"))
oled.invert(0)
oled.poweroff()
print(_board.cmd("list").split("\n")[4])
oled.poweron()
oled.fill(0)
oled.text("no", 8, 8)
oled.show()
print(_board.cmd("show oled 8 8 16 8"))

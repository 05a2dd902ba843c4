# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Fade the LED with PWM; duty units (duty, duty_u16, duty_ns), frequency changes and the LEDC channel rules.
import time
import _board
from machine import Pin, PWM

pwm = PWM(Pin(2))
print(pwm.freq(), pwm.duty(), pwm.duty_u16())
print(_board.cmd("show led"))
pwm.freq(1000)
for duty in range(0, 65536, 16384):
    pwm.duty_u16(duty)
    time.sleep_ms(10)
    print(duty, _board.cmd("show led"))
pwm.duty_u16(65535)
print(_board.cmd("show led"))
pwm.duty(256)
print(pwm.duty_u16(), pwm.duty_ns())
pwm.duty_ns(250000)
print(pwm.duty(), pwm.duty_u16())
pwm.freq(2000)
print(pwm.duty_ns(), pwm.duty_u16())
print(pwm)
pwm.deinit()
print(_board.cmd("show led"))

pwm = PWM(Pin(2), freq=500, duty_u16=49152, invert=True)
print(_board.cmd("show led"))
pwm.deinit()

# Two channels at one frequency share a timer; changing one moves it to another timer.
a = PWM(Pin(4), freq=1000)
b = PWM(Pin(5), freq=1000)
print(a)
print(b)
b.freq(3000)
print(a.freq(), b.freq())
print(b)

for bad in (lambda: PWM(Pin(34)), lambda: a.freq(0), lambda: a.duty_u16(70000), lambda: a.duty(2000)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

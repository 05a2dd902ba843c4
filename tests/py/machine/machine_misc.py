# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Module-level machine functions and constants: freq, ids, reset cause, sleep, idle, time_pulse_us, IRQ masking,
# RTC and mem32.
import time
import _board
import machine
from machine import Pin, RTC

print(machine.freq())
machine.freq(240000000)
print(machine.freq())
try:
    machine.freq(100000000)
except ValueError as e:
    print("ValueError:", e)
print(machine.unique_id())
print(machine.reset_cause() == machine.PWRON_RESET, machine.wake_reason())
print(machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET, machine.SOFT_RESET)
print(machine.PIN_WAKE, machine.EXT1_WAKE, machine.TIMER_WAKE, machine.TOUCHPAD_WAKE, machine.ULP_WAKE)

t0 = time.ticks_ms()
machine.lightsleep(300)
print("slept:", time.ticks_diff(time.ticks_ms(), t0), machine.wake_reason() == machine.TIMER_WAKE)
machine.idle()

button = Pin(0, Pin.IN)
_board.cmd("after 5ms click button 12ms")
print("pulse us:", machine.time_pulse_us(button, 0, 100000))
print("no pulse:", machine.time_pulse_us(button, 0, 1000))

hits = []
button.irq(lambda p: hits.append(1), Pin.IRQ_FALLING)
state = machine.disable_irq()
_board.cmd("click button 1ms")
time.sleep_ms(10)
print("masked:", len(hits))
machine.enable_irq(state)
time.sleep_ms(1)
print("unmasked:", len(hits))

rtc = RTC()
print(rtc.datetime())
rtc.datetime((2024, 2, 29, 3, 23, 59, 59, 0))
time.sleep(2)
print(rtc.datetime())
rtc.memory(b"kept across soft reset")
print(rtc.memory())

led = Pin(2, Pin.OUT, value=1)
print(hex(machine.mem32[0x3FF44004] & 0x4))
machine.mem32[0x3FF4400C] = 1 << 2
print(led.value(), _board.cmd("show led"))
machine.mem8[0x50000000] = 0x6B
print(rtc.memory()[:1])
try:
    machine.mem32[0x3FF44006]
except ValueError as e:
    print("ValueError:", e)
try:
    machine.soft_reset()
except SystemExit:
    print("SystemExit")

# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# A periodic Timer counting ticks, a one-shot Timer, and Timer's errors.
import time
from machine import Timer

ticks = 0


def tick(t):
    global ticks
    ticks += 1


tim = Timer(0)
tim.init(mode=Timer.PERIODIC, period=100, callback=tick)
print(tim)
time.sleep_ms(1050)
print("ticks after 1050 ms:", ticks)
print("value:", tim.value())
tim.deinit()
time.sleep_ms(500)
print("ticks after deinit:", ticks)

fired = []
once = Timer(1, mode=Timer.ONE_SHOT, period=30, callback=lambda t: fired.append(t))
time.sleep_ms(200)
print("one-shot fired:", len(fired), fired[0] is once)

freq = Timer(2)
n = [0]
freq.init(freq=4, callback=lambda t: n.__setitem__(0, n[0] + 1))
time.sleep(1)
freq.deinit()
print("4 Hz for 1 s:", n[0])

try:
    Timer(0).init(period=10, callback=tick, hard=True)
except ValueError as e:
    print("ValueError:", e)
try:
    Timer(4)
except ValueError as e:
    print("ValueError:", e)
print(Timer(3) is Timer(3))

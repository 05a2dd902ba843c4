# expected: hand-written (ticks_* are MicroPython's; the period is 2^30 as on 32-bit ports)
# time.ticks_* arithmetic without real-time assertions: wrap-around, signed differences, overflow check.
import time

print(time.ticks_add(0, -1), time.ticks_add(1073741823, 1), time.ticks_add(100, 200))
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5), time.ticks_diff(0, 1073741823), time.ticks_diff(1073741823, 0))
print(time.ticks_diff(time.ticks_add(12345, 536870911), 12345), time.ticks_diff(time.ticks_add(7, -536870911), 7))
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    t = f()
    print(isinstance(t, int), 0 <= t < 1 << 30)
a = time.ticks_ms()
time.sleep_ms(1)
time.sleep_us(10)
time.sleep(0)
print(time.ticks_diff(time.ticks_ms(), a) >= 0)
for bad in (536870912, -536870912, 1 << 40):
    try:
        time.ticks_add(0, bad)
    except OverflowError as e:
        print("OverflowError", e)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time_ns() > 0)
print(time.mktime(time.gmtime(1000000)) == 1000000, time.localtime(86400) == time.gmtime(86400))
try:
    time.mktime((2000, 1, 1))
except TypeError as e:
    print("TypeError", e)

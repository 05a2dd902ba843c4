# expected: hand-written (machine module; asyncio on the simulated board's virtual clock)
# Acceptance: asyncio blinks the DevKit's two LEDs (GPIO2 every 100 ms, GPIO33 every 250 ms) while a third task
# watches the button on GPIO0, clicked by the board 260 ms in; the trace shows every edge at its exact time.
import time
import _board
import asyncio
from machine import Pin

led1 = Pin(2, Pin.OUT, value=0)
led2 = Pin(33, Pin.OUT, value=0)
button = Pin(0, Pin.IN, Pin.PULL_UP)
t0 = time.ticks_ms()
events = []


async def blink(led, period, count):
    for i in range(count):
        led.toggle()
        await asyncio.sleep_ms(period)
    led.off()


async def watch(stop):
    last = button.value()
    while not stop.is_set():
        v = button.value()
        if v != last:
            events.append((time.ticks_diff(time.ticks_ms(), t0), "pressed" if v == 0 else "released"))
            last = v
        await asyncio.sleep_ms(10)


async def main():
    stop = asyncio.Event()
    w = asyncio.create_task(watch(stop))
    await asyncio.gather(blink(led1, 100, 8), blink(led2, 250, 4))
    stop.set()
    await w
    return time.ticks_diff(time.ticks_ms(), t0)


_board.cmd("trace start")
_board.cmd("after 260ms click button 100")
print("elapsed ms:", asyncio.run(main()))
print(events)
print(_board.cmd("show led"), _board.cmd("show led2"))
print("\n".join(l for l in _board.cmd("trace dump").split("\n") if "GPIO2:" in l or "GPIO33:" in l))

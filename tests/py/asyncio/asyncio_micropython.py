# expected: hand-written (MicroPython's asyncio: sleep_ms, wait_for_ms, ThreadSafeFlag, uasyncio, the Loop class)
# needs: simulated board (the virtual clock makes the timing exact; a Timer and a UART drive the tasks)
import time
import asyncio
import uasyncio
from machine import Timer, UART
import _board

print(uasyncio is asyncio or uasyncio.run is asyncio.run)
t0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), t0)


async def ticker(name, ms, n):
    for i in range(n):
        await asyncio.sleep_ms(ms)
        print(name, now())


async def main():
    print(asyncio.current_task() is not None)
    await asyncio.gather(ticker('a', 30, 3), ticker('b', 50, 2))
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(100), 20)
    except asyncio.TimeoutError:
        print('timeout', now())
    print(await asyncio.wait_for_ms(ticker('c', 5, 1), 20))

    # A flag set by a timer interrupt wakes the waiting task.
    flag = asyncio.ThreadSafeFlag()
    tim = Timer(0)
    tim.init(mode=Timer.ONE_SHOT, period=40, callback=lambda t: flag.set())
    start = now()
    await flag.wait()
    print('flag after 40 ms:', 40 <= now() - start < 45)
    tim.deinit()

    # A line arriving on the UART, read through a StreamReader.
    uart = UART(1, 115200)
    _board.cmd('after 25ms uart 1 "hello\\nrest"')
    reader = asyncio.StreamReader(uart)
    start = now()
    line = await reader.readline()
    print(line, now() - start)
    writer = asyncio.StreamWriter(uart)
    writer.write(b'ok\r\n')
    await writer.drain()
    print('drained')
    return 'main done'


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError:
    print('RuntimeError')

loop = asyncio.get_event_loop()
print(asyncio.new_event_loop() is loop)
print(loop.run_until_complete(ticker('d', 10, 1)))


async def stopper():
    await asyncio.sleep_ms(20)
    print('stopping', now())
    loop.stop()


loop.create_task(stopper())
loop.run_forever()
print('after run_forever')


def handler(loop, context):
    print('handler:', context['message'], repr(context['exception']))


async def boom():
    raise ValueError('boom')


async def main2():
    asyncio.create_task(boom())
    await asyncio.sleep_ms(10)


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
asyncio.run(main2())
loop.set_exception_handler(None)

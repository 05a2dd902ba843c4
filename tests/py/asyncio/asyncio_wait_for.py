# asyncio: wait_for with a timeout that fires, a result in time, an exception, a timeout of None
# needs: simulated board (the virtual clock makes the timing exact)
import asyncio


async def slow(d, value):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print('slow', value, 'cancelled')
        raise
    return value


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError('bad')


async def main():
    try:
        await asyncio.wait_for(slow(1, 'a'), 0.05)
    except asyncio.TimeoutError:
        print('timeout a')
    print(await asyncio.wait_for(slow(0.01, 'b'), 0.5))
    try:
        await asyncio.wait_for(fails(), 0.5)
    except ValueError as e:
        print('ValueError', e)
    print(await asyncio.wait_for(slow(0.02, 'c'), None))
    t = asyncio.create_task(slow(0.5, 'd'))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print('timeout d', t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except asyncio.TimeoutError:
        print('timeout sleep')


asyncio.run(main())

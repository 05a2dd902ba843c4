# asyncio: Event wait, set, clear and is_set with several waiters
# needs: simulated board (the virtual clock makes the timing exact)
import asyncio


async def waiter(name, ev):
    print(name, 'waits')
    r = await ev.wait()
    print(name, 'woke', r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(n, ev)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0.01)
    print('setting')
    ev.set()
    print(ev.is_set())
    await asyncio.sleep(0)
    print([t.done() for t in ts])
    await waiter('w4', ev)
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter('w5', ev))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('w5 cancelled')
    ev.set()
    await asyncio.sleep(0)
    print('end')


asyncio.run(main())

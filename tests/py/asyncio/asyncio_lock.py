# asyncio: Lock acquire/release order, async with, locked(), release of an unlocked lock, cancel while waiting
# needs: simulated board (the virtual clock makes the timing exact)
import asyncio


async def user(name, lock, hold):
    async with lock:
        print(name, 'has the lock')
        await asyncio.sleep(hold)
        print(name, 'releases')


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    ts = [asyncio.create_task(user(n, lock, 0.01)) for n in ('u1', 'u2', 'u3')]
    await asyncio.sleep(0)
    print(lock.locked())
    for t in ts:
        await t
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print('RuntimeError')
    await lock.acquire()
    w = asyncio.create_task(user('u4', lock, 0))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('u4 cancelled')
    lock.release()
    print(lock.locked())
    await user('u5', lock, 0)


asyncio.run(main())

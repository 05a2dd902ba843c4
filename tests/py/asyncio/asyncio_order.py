# asyncio: scheduling order of tasks that sleep for zero, equal and different times; run's return value
# needs: simulated board (the virtual clock makes the timing exact)
import asyncio


async def worker(name, delays, log):
    for d in delays:
        log.append(name + str(d))
        await asyncio.sleep(d)
    log.append(name + ' done')
    return name


async def main():
    log = []
    a = asyncio.create_task(worker('a', [0, 0, 0], log))
    b = asyncio.create_task(worker('b', [0, 0], log))
    c = asyncio.create_task(worker('c', [0.03, 0.01], log))
    d = asyncio.create_task(worker('d', [0.02, 0.03], log))
    log.append('main')
    await asyncio.sleep(0.1)
    print(log)
    print(a.done(), b.done(), await a, await b, await c, await d)
    return 42


print(asyncio.run(main()))


async def counter(n):
    for i in range(n):
        print('count', n, i)
        await asyncio.sleep(0)


async def main2():
    t1 = asyncio.create_task(counter(2))
    t2 = asyncio.create_task(counter(3))
    await t1
    print('t1 finished', t2.done())
    await t2
    print('t2 finished')


asyncio.run(main2())

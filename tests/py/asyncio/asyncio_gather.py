# asyncio: gather's results in argument order, return_exceptions, the first exception, empty gather
# needs: simulated board (the virtual clock makes the timing exact)
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    print('job', name, 'finishes')
    if fail:
        raise ValueError(name)
    return name * 2


async def main():
    print(await asyncio.gather(job('a', 0.03), job('b', 0.01), job('c', 0.02)))
    r = await asyncio.gather(job('d', 0.01), job('e', 0.02, True), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    try:
        await asyncio.gather(job('f', 0.01, True), job('g', 0.03))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.05)
    print(await asyncio.gather())
    t = asyncio.create_task(job('h', 0.01))
    print(await asyncio.gather(t, job('i', 0)))


asyncio.run(main())

# asyncio: cancelling sleeping tasks, CancelledError inside the task, cleanup in finally, cancel() results
# needs: simulated board (the virtual clock makes the timing exact)
import asyncio


async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(1)
        print(name, 'woke')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    finally:
        print(name, 'finally')


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('swallowed')
    return 'swallow result'


async def main():
    t = asyncio.create_task(sleeper('t1'))
    await asyncio.sleep(0.01)
    print('cancel', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('awaited cancelled task')
    print('done', t.done(), 'cancel again', t.cancel())

    t2 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2)

    # Cancelled before it ever ran.
    t3 = asyncio.create_task(sleeper('t3'))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print('t3 cancelled before start')

    # Cancelling a task that awaits another task.
    inner = asyncio.create_task(sleeper('inner'))

    async def outer():
        try:
            await inner
        except asyncio.CancelledError:
            print('outer saw cancel')
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled')
    await asyncio.sleep(0)
    print('inner done', inner.done())


asyncio.run(main())

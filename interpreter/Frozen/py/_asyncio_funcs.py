# asyncio's wait_for, wait_for_ms and gather, imported by asyncio.__getattr__ when one of them is first used.
# _cur changes as tasks run, so it is read from asyncio (core) each time; the rest is bound once on import.
# The classes and functions here are asyncio's: they report "asyncio" as their module, as before the split.
__name__ = "asyncio"
import asyncio as core
from asyncio import CancelledError, TimeoutError, _wake, _never, _promote_to_task, create_task, sleep, sleep_ms


async def wait_for(aw, timeout, sleep=sleep):
    aw = _promote_to_task(aw)
    if timeout is None:
        return await aw
    status = None
    result = None

    async def runner(waiter, aw):
        nonlocal status, result
        try:
            result = await aw
            s = True
        except BaseException as er:
            s = er
        if status is None:
            # The waiter still sleeps: hand it the outcome and wake it.
            status = s
            waiter.cancel()

    runner_task = create_task(runner(core._cur, aw))
    try:
        await sleep(timeout)
    except CancelledError as er:
        if status is True:
            return result
        elif status is None:
            # Cancelled from outside: cancel aw too.
            status = True
            runner_task.cancel()
            raise er
        else:
            raise status
    status = True
    runner_task.cancel()
    await runner_task
    raise TimeoutError


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, sleep_ms)


class _Remove:
    @staticmethod
    def remove(t):
        pass


async def gather(*aws, return_exceptions=False):
    if not aws:
        return []

    def done(t, er):
        nonlocal state
        if gather_task.data is not _Remove:
            return
        elif not return_exceptions and not isinstance(er, StopIteration):
            state = er
        else:
            state -= 1
            if state:
                return
        _wake(gather_task)

    ts = [_promote_to_task(aw) for aw in aws]
    for i in range(len(ts)):
        if ts[i].state is not True:
            raise RuntimeError("can't gather")
        ts[i].state = done
    gather_task = core._cur
    state = len(ts)
    cancel_all = False
    gather_task.data = _Remove
    try:
        await _never
    except CancelledError as er:
        cancel_all = True
        state = er
    for i in range(len(ts)):
        if ts[i].state is done:
            ts[i].state = True
            if cancel_all:
                ts[i].cancel()
        elif isinstance(ts[i].data, StopIteration):
            ts[i] = ts[i].data.value
        else:
            ts[i] = ts[i].data
    if state:
        raise state
    return ts

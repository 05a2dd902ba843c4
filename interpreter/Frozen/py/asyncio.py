# asyncio: MicroPython's asyncio (extmod/asyncio) rewritten for nanoPython, same API and scheduling order.
# Time is the board clock (time.ticks_ms), so it runs on the virtual clock of the simulated board; the loop idles in
# select.poll (which waits through the board's clock and runs scheduled callbacks) rather than spinning.
# A task's state: True while running and not awaited, a list of the tasks awaiting it, a callback (gather), then
# None (done, not awaited) or False (done, awaited). Its data: an exception to throw in when it next runs, the wait
# queue it sits on (anything with remove()), the task it awaits, and once done the exception that ended it
# (StopIteration carries the return value).
from time import ticks_ms as _ticks, ticks_diff as _diff, ticks_add as _add
import sys
import select


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


# An awaitable that gives control back to the loop once; whoever parked the task wakes it.
class _Yield:
    def __await__(self):
        yield

    __iter__ = __await__


_never = _Yield()


# What sleep returns: awaitable, and also a coroutine of its own (send/throw) so create_task and wait_for take it.
class _Sleep:
    def __init__(self, ms):
        self.ms = ms

    def __await__(self):
        _push(_cur, _add(_ticks(), max(0, self.ms)))
        yield

    __iter__ = __await__

    def send(self, v):
        if self.ms is None:
            raise StopIteration
        _push(_cur, _add(_ticks(), max(0, self.ms)))
        self.ms = None

    def throw(self, e):
        self.ms = None
        raise e


def sleep_ms(t):
    return _Sleep(t)


def sleep(t):
    return _Sleep(int(t * 1000))


# The run queue: tasks sorted by the tick they are due, first come first served among equals.
_q = []


def _push(t, key=None):
    t.key = _ticks() if key is None else key
    i = len(_q)
    while i and _diff(_q[i - 1].key, t.key) > 0:
        i -= 1
    _q.insert(i, t)


def _wake(t):
    t.data = None
    _push(t)


class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.key = 0

    def __repr__(self):
        return "<Task>"

    def __await__(self):
        if not self.state:
            self.state = False
        else:
            if self.state is True:
                self.state = []
            elif type(self.state) is not list:
                raise RuntimeError("can't wait")
            self.state.append(_cur)
            _cur.data = self
            yield
        d = self.data
        if d is None:
            return None
        if isinstance(d, StopIteration):
            return d.value
        raise d

    __iter__ = __await__

    def done(self):
        return not self.state

    def cancel(self):
        if not self.state:
            return False
        if self is _cur:
            raise RuntimeError("can't cancel self")
        # A task awaiting another one is cancelled through the one it awaits.
        while isinstance(self.data, Task):
            self = self.data
        if hasattr(self.data, "remove"):
            self.data.remove(self)
            _push(self)
        elif self in _q and _diff(self.key, _ticks()) > 0:
            _q.remove(self)
            _push(self)
        self.data = CancelledError()
        return True


# Streams waiting to be readable or writable: id(stream) -> [reader task, writer task, stream].
class _IOQueue:
    def __init__(self):
        self.poller = select.poll()
        self.map = {}

    def _enqueue(self, s, idx):
        e = self.map.get(id(s))
        if e is None:
            e = [None, None, s]
            e[idx] = _cur
            self.map[id(s)] = e
            self.poller.register(s, select.POLLIN if idx == 0 else select.POLLOUT)
        else:
            e[idx] = _cur
            self.poller.modify(s, select.POLLIN | select.POLLOUT)
        _cur.data = self

    def _dequeue(self, s):
        del self.map[id(s)]
        self.poller.unregister(s)

    def queue_read(self, s):
        self._enqueue(s, 0)

    def queue_write(self, s):
        self._enqueue(s, 1)

    def remove(self, task):
        for k in list(self.map):
            e = self.map[k]
            if e[0] is task or e[1] is task:
                self._dequeue(e[2])

    def wait_io_event(self, dt):
        for s, ev in self.poller.poll(dt):
            e = self.map[id(s)]
            if ev & ~select.POLLOUT and e[0] is not None:
                _wake(e[0])
                e[0] = None
            if ev & ~select.POLLIN and e[1] is not None:
                _wake(e[1])
                e[1] = None
            if e[0] is None and e[1] is None:
                self._dequeue(s)
            elif e[0] is None:
                self.poller.modify(s, select.POLLOUT)
            else:
                self.poller.modify(s, select.POLLIN)


_io = _IOQueue()
_cur = None
_stop_task = None


async def _io_wait(s, idx):
    _io._enqueue(s, idx)
    await _never


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _push(t)
    return t


def current_task():
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _cur


def run_until_complete(main_task=None):
    global _cur
    while True:
        dt = 1
        while dt > 0:
            dt = -1
            if _q:
                dt = max(0, _diff(_q[0].key, _ticks()))
            elif not _io.map:
                _cur = None
                return
            _io.wait_io_event(dt)
        t = _q.pop(0)
        _cur = t
        if not t.state:
            if t.state is None:
                # It ended with an exception before anyone awaited it, and still nobody has.
                _exc_context["exception"] = t.data
                _exc_context["future"] = t
                Loop.call_exception_handler(_exc_context)
            continue
        try:
            exc = t.data
            if not exc:
                t.coro.send(None)
            else:
                t.data = None
                t.coro.throw(exc)
        except (CancelledError, Exception) as er:
            if t is main_task:
                _cur = None
                if isinstance(er, StopIteration):
                    return er.value
                raise er
            waiting = False
            if t.state is True:
                t.state = None
            elif callable(t.state):
                t.state(t, er)
                t.state = False
                waiting = True
            else:
                for w in t.state:
                    _wake(w)
                    waiting = True
                t.state = False
            t.data = er
            if not waiting and not isinstance(er, (CancelledError, StopIteration)):
                # Report it on the next turn unless someone awaits it first.
                _push(t)


def run(coro):
    return run_until_complete(create_task(coro))


async def _stopper():
    pass


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        global _stop_task
        _stop_task = Task(_stopper(), globals())
        run_until_complete(_stop_task)

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        global _stop_task
        if _stop_task is not None:
            _push(_stop_task)
            _stop_task = None

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def new_event_loop():
    global _io
    _q[:] = []
    _io = _IOQueue()
    return Loop


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


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

    runner_task = create_task(runner(_cur, aw))
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
    gather_task = _cur
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


class Event:
    def __init__(self):
        self.state = False
        self.waiting = []

    def is_set(self):
        return self.state

    def set(self):
        w = self.waiting
        self.waiting = []
        for t in w:
            _wake(t)
        self.state = True

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            self.waiting.append(_cur)
            _cur.data = self.waiting
            await _never
        return True


# Set from an interrupt handler; the loop sees it through select.poll (the ioctl below).
class ThreadSafeFlag:
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:
            return self.state * flags
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    async def wait(self):
        if not self.state:
            await _io_wait(self, 0)
        self.state = 0


class Lock:
    def __init__(self):
        # 0 unlocked, 1 locked, or the task the lock is being handed to.
        self.state = 0
        self.waiting = []

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting:
            self.state = self.waiting.pop(0)
            _wake(self.state)
        else:
            self.state = 0

    async def acquire(self):
        if self.state != 0:
            self.waiting.append(_cur)
            _cur.data = self.waiting
            try:
                await _never
            except CancelledError as er:
                if self.state == _cur:
                    # Handed the lock and cancelled before taking it: pass it on.
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()


# select.poll takes objects with MicroPython's stream ioctl; a UART that only has any() is polled through this.
class _AnyPoll:
    def __init__(self, s):
        self.s = s

    def ioctl(self, req, flags):
        if req != 3:
            return -1
        r = flags & 4
        if flags & 1 and self.s.any():
            r |= 1
        return r


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""
        self.p = _AnyPoll(s) if hasattr(s, "any") and not hasattr(s, "ioctl") else s

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def read(self, n=-1):
        r = None
        while True:
            await _io_wait(self.p, 0)
            r2 = self.s.read(n)
            if r2 is not None:
                if n >= 0:
                    return r2
                if not len(r2):
                    return r2 if r is None else r
                r = r2 if r is None else r + r2

    async def readinto(self, buf):
        await _io_wait(self.p, 0)
        return self.s.readinto(buf)

    async def readexactly(self, n):
        r = b""
        while n:
            await _io_wait(self.p, 0)
            r2 = self.s.read(n)
            if r2 is not None:
                if not len(r2):
                    raise EOFError
                r += r2
                n -= len(r2)
        return r

    async def readline(self):
        l = None
        while True:
            await _io_wait(self.p, 0)
            l2 = self.s.readline()
            if l2 is None:
                continue
            # A text stream (sys.stdin) gives str, a binary one (UART) bytes: keep what the stream gives.
            l = l2 if l is None else l + l2
            if not l2 or l[-1] == 10 or l[-1] == "\n":
                return l

    def write(self, buf):
        if not self.out_buf:
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    async def drain(self):
        if not self.out_buf:
            # drain always yields, so a write-drain loop cannot starve the other tasks.
            return await sleep_ms(0)
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            await _io_wait(self.p, 1)
            ret = self.s.write(mv[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""


StreamReader = Stream
StreamWriter = Stream


async def open_connection(host, port, ssl=None, server_hostname=None):
    raise NotImplementedError("open_connection")


async def start_server(cb, host, port, backlog=5, ssl=None):
    raise NotImplementedError("start_server")

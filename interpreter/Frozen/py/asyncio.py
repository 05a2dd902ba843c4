# asyncio: MicroPython's asyncio (extmod/asyncio) rewritten for nanoPython, same API and scheduling order.
# Time is the board clock (time.ticks_ms), so it runs on the virtual clock of the simulated board; the loop idles in
# select.poll (which waits through the board's clock and runs scheduled callbacks) rather than spinning.
# A task's state: True while running and not awaited, a list of the tasks awaiting it, a callback (gather), then
# None (done, not awaited) or False (done, awaited). Its data: an exception to throw in when it next runs, the wait
# queue it sits on (anything with remove()), the task it awaits, and once done the exception that ended it
# (StopIteration carries the return value).
# Only the scheduler is here. As in MicroPython's asyncio package, wait_for/gather, Event/ThreadSafeFlag, Lock and the
# streams are in their own frozen modules (_asyncio_funcs, _asyncio_event, _asyncio_lock, _asyncio_stream), imported by
# __getattr__ below when the name is first used: a program that needs none of them does not keep their code on the heap.
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


# Name -> the module that defines it, loaded on first use (see the top of this file).
_attrs = {
    "wait_for": "_asyncio_funcs",
    "wait_for_ms": "_asyncio_funcs",
    "gather": "_asyncio_funcs",
    "Event": "_asyncio_event",
    "ThreadSafeFlag": "_asyncio_event",
    "Lock": "_asyncio_lock",
    "Stream": "_asyncio_stream",
    "StreamReader": "_asyncio_stream",
    "StreamWriter": "_asyncio_stream",
    "open_connection": "_asyncio_stream",
    "start_server": "_asyncio_stream",
}


# Stored in globals() so the next lookup finds the value directly and __getattr__ runs once per name.
def __getattr__(attr):
    # `in` and [] rather than _attrs.get: the first call of a dict method builds the dict type's method table (KBs).
    if attr not in _attrs:
        raise AttributeError("module 'asyncio' has no attribute '%s'" % attr)
    value = getattr(__import__(_attrs[attr]), attr)
    globals()[attr] = value
    return value

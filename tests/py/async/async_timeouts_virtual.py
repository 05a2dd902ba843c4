# a scheduler with virtual time that cancels a coroutine by throwing into it
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield self.t
    __iter__ = __await__
class Timeout(Exception):
    pass
async def slow():
    try:
        for i in range(10):
            await Sleep(5)
        return "finished"
    except Timeout:
        return "timed out"
def run_with_timeout(coro, limit):
    now = 0
    try:
        while True:
            delay = coro.send(None)
            now += delay
            if now > limit:
                return coro.throw(Timeout())
    except StopIteration as e:
        return e.value, now
print(run_with_timeout(slow(), 100))
print(run_with_timeout(slow(), 12))

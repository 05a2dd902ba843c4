# a tiny round-robin event loop with virtual time, driving coroutines by send()
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self
    __iter__ = __await__
class Loop:
    def __init__(self):
        self.now = 0
        self.tasks = []
        self.results = {}
    def spawn(self, name, coro):
        self.tasks.append((self.now, len(self.tasks), name, coro))
    def run(self):
        while self.tasks:
            self.tasks.sort()
            when, seq, name, coro = self.tasks.pop(0)
            self.now = when
            try:
                request = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                continue
            self.tasks.append((self.now + request.ticks, seq, name, coro))
loop = Loop()
async def worker(name, delay, steps):
    for i in range(steps):
        print("t=%d %s step %d" % (loop.now, name, i))
        await Sleep(delay)
    return name + " done at %d" % loop.now
loop.spawn("fast", worker("fast", 1, 3))
loop.spawn("slow", worker("slow", 3, 2))
loop.run()
print(sorted(loop.results.items()))

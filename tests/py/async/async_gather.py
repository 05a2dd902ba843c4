# a gather helper that runs several coroutines in turn and collects results in order
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        index, coro = pending.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[index] = e.value
            continue
        pending.append((index, coro))
    return results
log = []
async def count(name, n):
    for i in range(n):
        log.append(name + str(i))
        await Yield()
    return name * n
print(gather(count("a", 3), count("b", 1), count("c", 2)))
print(log)

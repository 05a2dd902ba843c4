# producer and consumer coroutines communicating through a queue, driven by a loop
class Wait:
    def __await__(self):
        yield
    __iter__ = __await__
queue = []
log = []
async def producer(n):
    for i in range(n):
        queue.append(i)
        log.append("put %d" % i)
        await Wait()
    queue.append(None)
async def consumer():
    total = 0
    while True:
        while not queue:
            await Wait()
        item = queue.pop(0)
        if item is None:
            return total
        log.append("got %d" % item)
        total += item
tasks = [producer(4), consumer()]
result = None
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        if e.value is not None:
            result = e.value
print(log)
print("total", result)

# a coroutine awaiting other coroutines that each suspend several times
class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
    __iter__ = __await__
async def child(name, n):
    for i in range(n):
        await Step("%s.%d" % (name, i))
    return name
async def parent():
    a = await child("x", 2)
    b = await child("y", 1)
    return a + b
p = parent()
steps = []
try:
    while True:
        steps.append(p.send(None))
except StopIteration as e:
    print(steps, e.value)

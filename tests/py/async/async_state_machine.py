# coroutines receiving values sent in by the driver
class Recv:
    def __await__(self):
        value = yield "need input"
        return value
    __iter__ = __await__
async def adder():
    total = 0
    while True:
        v = await Recv()
        if v is None:
            return total
        total += v
a = adder()
print(a.send(None))
for v in (1, 2, 3):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("total", e.value)

# a class whose __await__ (and __iter__ for MicroPython) yields to the driver
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield self.what
        return reply
    __iter__ = __await__
async def client():
    a = await Request("first")
    b = await Request("second")
    return a + b
c = client()
print("yielded", c.send(None))
print("yielded", c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)

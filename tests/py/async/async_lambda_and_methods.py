# async methods, async staticmethods and coroutine functions stored in containers
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
class Service:
    def __init__(self, base):
        self.base = base
    async def fetch(self, x):
        return self.base + x
    @staticmethod
    async def static(x):
        return -x
s = Service(100)
print(run(s.fetch(1)), run(Service.static(5)))
async def one():
    return 1
async def two():
    return 2
handlers = {"one": one, "two": two}
print(sorted((k, run(f())) for k, f in handlers.items()))

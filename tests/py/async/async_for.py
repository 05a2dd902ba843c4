# async for uses __aiter__ and __anext__, ending at StopAsyncIteration
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    async for v in Ticker(5):
        if v == 20:
            continue
        if v == 40:
            break
        out.append(-v)
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(issubclass(StopAsyncIteration, Exception))

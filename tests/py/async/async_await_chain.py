# awaiting coroutines from coroutines passes return values up
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
async def leaf(x):
    return x * 2
async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b
async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results
print(run(top()))
async def recursive(n):
    if n == 0:
        return 0
    return n + await recursive(n - 1)
print(run(recursive(10)))

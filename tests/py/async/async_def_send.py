# calling an async function creates a coroutine; send(None) runs it to completion
async def answer():
    return 42
c = answer()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
async def no_return():
    print("body runs on first send")
c = no_return()
print("coroutine created, body not run yet")
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

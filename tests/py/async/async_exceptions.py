# exceptions propagate through await and can be caught in coroutines
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
async def fails():
    raise ValueError("inside coroutine")
async def catches():
    try:
        await fails()
    except ValueError as e:
        return "caught: " + str(e)
print(run(catches()))
async def propagates():
    await fails()
    return "not reached"
try:
    run(propagates())
except ValueError as e:
    print("propagated to driver:", e)
async def cleanup():
    try:
        await fails()
    finally:
        print("finally in coroutine")
try:
    run(cleanup())
except ValueError:
    print("after finally")

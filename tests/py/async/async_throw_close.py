# throw() and close() on a suspended coroutine
class Suspend:
    def __await__(self):
        yield "suspended"
    __iter__ = __await__
async def task():
    try:
        await Suspend()
        return "finished normally"
    except KeyError:
        return "handled thrown KeyError"
    finally:
        print("task finally")
t = task()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
t2 = task()
t2.send(None)
t2.close()
print("closed")
async def unhandled():
    await Suspend()
t3 = unhandled()
t3.send(None)
try:
    t3.throw(IndexError)
except IndexError:
    print("IndexError propagated out of throw")

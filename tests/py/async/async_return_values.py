# return values of coroutines of various types
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def none():
    pass
async def tuple_value():
    return 1, 2
async def early(flag):
    if flag:
        return "early"
    return "late"
print(run(none()), run(tuple_value()), run(early(True)), run(early(False)))

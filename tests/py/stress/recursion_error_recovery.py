# after a RecursionError, normal recursion works again (MicroPython raises RuntimeError and has no RecursionError)
def infinite():
    infinite()
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for attempt in range(3):
    try:
        infinite()
    except RecursionError:
        print("attempt", attempt, "RecursionError", depth(50))

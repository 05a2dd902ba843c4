# unbounded recursion raises RecursionError, which can be caught (MicroPython raises RuntimeError and has no RecursionError)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
print("interpreter still works", sum(range(10)))

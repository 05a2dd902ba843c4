# a bare raise with no exception being handled is a RuntimeError
def f():
    raise
try:
    f()
except RuntimeError:
    print("RuntimeError")
try:
    raise ValueError
except ValueError:
    pass
try:
    f()
except RuntimeError:
    print("RuntimeError after handled exception")

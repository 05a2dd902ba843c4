# a generator cannot be resumed while it is running
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError:
    print("ValueError")
def h():
    yield next(h_it)
h_it = h()
try:
    next(h_it)
except ValueError:
    print("ValueError with next")

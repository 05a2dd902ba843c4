# start, stop and step attributes
r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(4).start, range(4).step)
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__)
print([n for n in dir(r) if not n.startswith("_")])

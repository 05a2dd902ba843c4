# expected: hand-written (a Python stream answering MicroPython's ioctl(MP_STREAM_POLL) is MicroPython's protocol)
# select.poll over native streams (always ready) and over a Python object implementing ioctl(3, events); the poller
# keeps the events asked for plus POLLERR/POLLHUP, and one-shot ipoll stops watching what it reported.
import io
import select

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)


class Pollable:
    def __init__(self):
        self.ready = 0
        self.asked = []

    def ioctl(self, req, arg):
        self.asked.append((req, arg))
        return self.ready


p = select.poll()
s = io.BytesIO(b"data")
obj = Pollable()
p.register(s, select.POLLIN)
p.register(obj, select.POLLIN | select.POLLOUT)
print([(x is s, ev) for x, ev in p.poll(0)])
print(obj.asked)
obj.ready = select.POLLOUT
print([(x is obj, ev) for x, ev in p.poll(0) if x is obj])
p.modify(obj, select.POLLIN)
print([ev for x, ev in p.poll(0) if x is obj])
obj.ready = select.POLLIN | select.POLLHUP
print([ev for x, ev in p.poll(0) if x is obj])
p.unregister(s)
for x, ev in p.ipoll(0, 1):
    print("ipoll", x is obj, ev)
print(p.poll(0))
print(select.select([s], [s], [], 0)[0] == [s])
try:
    p.register(object())
    p.poll(0)
except TypeError:
    print("TypeError without ioctl")

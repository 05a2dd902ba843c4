# send() passes a value in as the result of the yield expression
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count
a = averager()
a.send(None)
print(a.send(10), a.send(20), a.send(60))
def accumulate():
    total = 0
    while True:
        total += (yield total) or 0
acc = accumulate()
print(next(acc), acc.send(5), next(acc), acc.send(7))

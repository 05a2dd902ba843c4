# lambdas capture variables, not values
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make(n):
    return lambda x: x * n
doubler = make(2)
tripler = make(3)
print(doubler(5), tripler(5))
x = 1
g = lambda: x
x = 2
print(g())
def counter():
    count = [0]
    return lambda: count.append(len(count)) or len(count)
c = counter()
print(c(), c(), c())

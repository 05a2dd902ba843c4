# evaluation order of operands, arguments and displays
log = []
def v(x):
    log.append(x)
    return x
v(1) + v(2) * v(3)
print(log); log.clear()
def f(*a, **k):
    return a
f(v("a"), v("b"), k=v("c"))
print(log); log.clear()
[v(1), v(2), v(3)]
print(log); log.clear()
target = [0, 0]
def get_target():
    log.append("target")
    return target
get_target()[v(0)] = v("value")
print(log); log.clear()
x = v(1) if v(True) else v(2)
print(log); log.clear()
v(1) < v(2) or v(3)
print(log); log.clear()
a, b = v(10), v(20)
print(log); log.clear()
def getf():
    log.append("f")
    return f
getf()(v(1))
print(log); log.clear()
v("x")[v(0):v(1)]
print(log)

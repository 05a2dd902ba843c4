# each operand of a chained comparison is evaluated at most once, left to right
log = []
def v(n):
    log.append(n)
    return n
print(v(1) < v(2) < v(3))
print(log)
log.clear()
print(v(3) < v(2) < v(1))
print(log)
log.clear()
print(v(1) == v(1) == v(2) == v(9))
print(log)
log.clear()
print(v(1) < v(5) > v(2) < v(4))
print(log)

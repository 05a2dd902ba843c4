# several context managers in one with statement
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        log.append("exit " + self.name)
with CM("a") as a, CM("b") as b:
    log.append("body " + a.name + b.name)
print(log)
log.clear()
with CM("outer"):
    with CM("inner"):
        log.append("body")
print(log)
log.clear()
with CM("x") as x, CM(x.name + "y") as y:
    log.append(y.name)
print(log)

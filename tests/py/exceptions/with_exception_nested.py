# nested with statements unwind in reverse order on exceptions
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
    def __exit__(self, t, v, tb):
        log.append("exit " + self.name + (" with " + t.__name__ if t else ""))
        return self.suppress
try:
    with CM("a"), CM("b"):
        with CM("c"):
            raise ValueError
except ValueError:
    log.append("caught")
print(log)
log.clear()
with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError
    log.append("not reached")
log.append("after")
print(log)

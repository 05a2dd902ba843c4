# __exit__ receives the exception; a true return value suppresses it
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit without exception", exc)
        else:
            print("exit with", exc_type.__name__, exc.args, isinstance(exc, exc_type))
        return self.suppress
with CM(False):
    pass
with CM(True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM(False):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e.args)
with CM(1):
    raise IndexError
print("truthy return suppresses")
try:
    with CM(None):
        raise TypeError
except TypeError:
    print("None return propagates")

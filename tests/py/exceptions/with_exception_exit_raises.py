# exceptions raised in __enter__ and __exit__
class EnterFails:
    def __enter__(self):
        raise ValueError("enter")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("body not run")
except ValueError as e:
    print("from enter", e)
class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit")
try:
    with ExitFails():
        pass
except KeyError as e:
    print("from exit", e.args)
try:
    with ExitFails():
        raise ValueError("body")
except KeyError as e:
    print("exit exception replaces body exception", e.args)
except ValueError:
    print("not reached")

# RuntimeError, NotImplementedError, OverflowError and friends raised directly
for cls in (RuntimeError, NotImplementedError, OverflowError, OSError, ImportError, KeyboardInterrupt, SystemExit):
    try:
        raise cls("message")
    except BaseException as e:
        print(type(e).__name__, e.args, isinstance(e, Exception))
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Shape().area()
except NotImplementedError as e:
    print(e)
try:
    raise NotImplementedError
except RuntimeError:
    print("NotImplementedError is a RuntimeError")

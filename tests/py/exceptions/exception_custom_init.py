# custom exceptions with their own __init__ and args handling
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(e.a, e.b)
class WithSuper(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
e = WithSuper(3, 4)
print(e.args, e.total, str(e))
class Message(Exception):
    def __init__(self, msg):
        super().__init__("prefix: " + msg)
try:
    raise Message("detail")
except Message as e:
    print(e, e.args)
class Defaults(Exception):
    def __init__(self, code=500):
        super().__init__(code)
        self.code = code
print(Defaults().code, Defaults(404).args)

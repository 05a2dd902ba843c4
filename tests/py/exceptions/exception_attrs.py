# exceptions are objects: attributes can be added and read
class E(Exception):
    def __init__(self, value):
        super().__init__(value)
        self.value2 = value * 2
        self.extra = []
try:
    raise E(21)
except E as e:
    print(e.args, e.value2)
    e.extra.append("note")
    saved = e
print(saved.extra, saved.args)
class Plain(Exception):
    pass
err = Plain("v")
err.custom = "attr"
try:
    raise err
except Plain as e:
    print(e.custom, e is err)

# functions stored on a class become methods; stored on an instance they do not
def free(self):
    return "free function as method: " + type(self).__name__
class C:
    method = free
    def __init__(self):
        self.instance_func = lambda: "instance attribute"
    @staticmethod
    def static():
        return "static"
c = C()
print(c.method(), c.instance_func(), c.static(), C.static())
C.later = lambda self, x: x * 2
print(c.later(21))
c.plain = free
print(c.plain(c))

# RecursionError from methods, properties and mutual recursion (MicroPython raises RuntimeError and has no RecursionError)
class Loop:
    def again(self):
        return self.again()
    @property
    def prop(self):
        return self.prop
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
for f in (Loop().again, lambda: Loop().prop, lambda: ping(0)):
    try:
        f()
    except RecursionError:
        print("RecursionError")

# stacked decorators apply bottom-up
order = []
def deco(name):
    def d(f):
        order.append("apply " + name)
        def wrapper():
            order.append("call " + name)
            return name + "(" + f() + ")"
        return wrapper
    return d
@deco("outer")
@deco("middle")
@deco("inner")
def base():
    return "base"
print(base())
print(order)

# decorators that take arguments (decorator factories)
def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("you"))
def tag(name, close=True):
    def deco(f):
        def wrapper():
            s = "<" + name + ">" + f()
            return s + "</" + name + ">" if close else s
        return wrapper
    return deco
@tag("b")
def bold():
    return "text"
@tag("br", close=False)
def br():
    return ""
print(bold(), br())
twice = lambda f: lambda: f() * 2
@twice
def five():
    return 5
print(five())

# function decorators
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
calls = []
def trace(f):
    def wrapper(*args):
        calls.append(f.__name__)
        return f(*args)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
def register(f):
    registry.append(f.__name__)
    return f
registry = []
@register
def one():
    pass
@register
def two():
    pass
print(registry, one is not None)
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)

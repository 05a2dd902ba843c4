# using an undefined name raises NameError
try:
    undefined_name_abc
except NameError:
    print("NameError global")
def f():
    return also_undefined
try:
    f()
except NameError:
    print("NameError in function")
def g():
    x = 1
    def inner():
        return y_not_here
    return inner()
try:
    g()
except NameError:
    print("NameError in closure")
print(issubclass(NameError, Exception))

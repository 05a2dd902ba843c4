# pass and ... as empty bodies, and the Ellipsis and None singletons
def f():
    pass
def g():
    ...
class C:
    pass
print(f(), g())
print(...)
print(Ellipsis is ...)
print(None is None, None == None)
x = ...
print(x is Ellipsis)
for i in range(2):
    pass
while False:
    pass
print("done")

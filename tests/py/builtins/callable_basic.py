# callable for functions, classes, instances with __call__ and other objects
def f():
    pass
class C:
    pass
class K:
    def __call__(self):
        return 1
print(callable(f), callable(C), callable(C()), callable(K()), callable(K))
print(callable(len), callable(print), callable(list.append), callable([].append))
print(callable(1), callable("s"), callable(None), callable(lambda: 0))
try:
    callable()
except TypeError as e:
    print(type(e).__name__)

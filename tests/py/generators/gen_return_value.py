# return in a generator sets StopIteration.value
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def return_only():
    return [1, 2]
    yield
try:
    next(return_only())
except StopIteration as e:
    print("value:", e.value)
print(list(g()))

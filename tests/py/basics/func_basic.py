# defining and calling functions
def no_args():
    return "no args"
def one(a):
    return a * 2
def two(a, b):
    return a - b
def no_return():
    x = 1
def bare_return():
    return
print(no_args(), one(4), two(10, 3), no_return(), bare_return())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def early(x):
    if x:
        return "early"
    return "late"
print(early(1), early(0))
print(one.__name__, two.__name__)
f = one
print(f(5), f is one)
def outer():
    def inner():
        return "inner"
    return inner()
print(outer())

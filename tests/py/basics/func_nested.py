# nested functions read enclosing variables
def outer(x):
    y = x * 2
    def middle():
        z = y + 1
        def inner():
            return x + y + z
        return inner()
    return middle()
print(outer(1), outer(10))
def make_ops():
    def a():
        return "a"
    def b():
        return a() + "b"
    return b
print(make_ops()())
def shadow():
    v = "outer"
    def inner():
        v = "inner"
        return v
    return inner(), v
print(shadow())
def recursive_inner(n):
    def helper(k):
        return 0 if k == 0 else k + helper(k - 1)
    return helper(n)
print(recursive_inner(10))

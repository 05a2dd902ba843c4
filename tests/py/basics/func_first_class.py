# functions are objects: stored, passed and returned
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
ops = {"+": add, "*": mul}
print(ops["+"](2, 3), ops["*"](2, 3))
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(max, 3, 9, 4))
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
print(add5(10), make_adder(1)(1))
funcs = [len, str.upper, abs]
print([f("ab") if f is not abs else f(-3) for f in funcs])
print(callable(add), callable(5), callable(make_adder(0)), callable(str))
print(sorted([add, mul], key=lambda f: f.__name__)[0].__name__)
print(add == add, add != mul)

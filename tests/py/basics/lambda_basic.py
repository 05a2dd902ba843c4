# lambda expressions
add = lambda a, b: a + b
print(add(2, 3))
print((lambda: "no args")())
print((lambda x: x * 2)(21))
print((lambda *a: a)(1, 2, 3))
print(sorted((lambda **k: k)(b=2, a=1).items()))
print((lambda a, b=10: a + b)(1), (lambda a, b=10: a + b)(1, 2))
print((lambda a, *, k: a - k)(10, k=3))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x: (lambda y: x + y))(1)(2))
fns = {"sq": lambda x: x * x, "neg": lambda x: -x}
print(fns["sq"](4), fns["neg"](4))
print((lambda: (yield))() is not None)
print(add.__name__)

# conditional expressions
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print(1 if x else 2, 1 if not x else 2)
y = "a" if x < 0 else "b" if x < 3 else "c" if x < 6 else "d"
print(y)
calls = []
def f(name):
    calls.append(name)
    return name
f("yes") if True else f("no")
f("yes") if False else f("no")
print(calls)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
g = (lambda n: "neg" if n < 0 else "pos")
print(g(-1), g(1))
print((1 if True else 2) + 10)

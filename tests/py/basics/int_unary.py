# unary minus, plus and invert
x = 5
print(-x, +x, ~x, -(-x), +(-x))
print(-0, +0, ~0)
big = 10 ** 25
print(-big, +big, ~big)
print(-True, +True, ~True, -False)
print(- 3, -(3), --3, ---3)

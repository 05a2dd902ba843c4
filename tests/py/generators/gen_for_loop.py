# generators consumed by for loops and built-ins
def squares(n):
    for i in range(n):
        yield i * i
for s in squares(4):
    print(s)
print(list(squares(5)), sum(squares(4)), max(squares(6)))
print(sorted(squares(3), reverse=True), tuple(squares(3)))
print(dict(zip("abc", squares(3)))["c"])
for i, v in enumerate(squares(3)):
    print(i, v)
def words():
    yield "x"
    yield "y"
print("-".join(words()))
a, b = words()
print(a, b)
print("y" in words(), "z" in words())
for v in squares(100):
    if v > 10:
        break
print("broke at", v)

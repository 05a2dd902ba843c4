# bytearray.insert, pop and remove
b = bytearray(b'abc')
b.insert(0, 95)
b.insert(-1, 45)
b.insert(99, 33)
b.insert(-99, 40)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(98)
print(b)
for f in [lambda: b.remove(122), lambda: b.remove(300), lambda: bytearray().pop(), lambda: b.pop(50), lambda: b.insert(0, 256)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)

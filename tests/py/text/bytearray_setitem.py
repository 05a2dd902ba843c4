# bytearray item assignment
b = bytearray(b'abc')
b[0] = 65
b[-1] = 67
print(b)
for i, v in [(5, 1), (0, 256), (0, 'a'), (0, -1)]:
    try:
        b[i] = v
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__)
print(b)

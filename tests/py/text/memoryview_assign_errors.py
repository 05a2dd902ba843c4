# memoryview assignment errors
ba = bytearray(b'abcdef')
m = memoryview(ba)
for key, value in [(slice(0, 2), b'abc'), (0, 256), (0, b'a'), (0, -1), (10, 1)]:
    try:
        m[key] = value
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
try:
    del m[0]
except TypeError:
    print('TypeError')
print(ba)

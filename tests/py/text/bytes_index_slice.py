# indexing and slicing bytes
b = b'hello'
print(b[0], b[-1], b[1:3], b[:0], b[3:], b[::2])
try:
    b[10]
except IndexError:
    print('IndexError')

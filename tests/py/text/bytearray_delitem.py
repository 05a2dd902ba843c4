# del on bytearray items and slices
b = bytearray(b'abcdef')
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
b = bytearray(b'abcdef')
del b[::2]
print(b)
try:
    del b[10]
except IndexError:
    print('IndexError')

# bytes are hashable and equal bytes hash equally; bytearray is not hashable
d = {b'k': 1}
print(d[b'k'], d.get(bytes([107])), b'k' in d)
print(hash(b'abc') == hash(bytes(b'abc')))
try:
    hash(bytearray(b'a'))
except TypeError:
    print('TypeError')
s = {b'a', b'a', b'b'}
print(len(s))

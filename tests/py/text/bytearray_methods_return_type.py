# bytearray methods return bytearrays
b = bytearray(b' a,b ')
for r in [b.strip(), b.split(b','), b.partition(b','), b.upper(), b.replace(b'a', b'x'), b.center(7), b.zfill(6), b[1:3]]:
    print(type(r).__name__, r)

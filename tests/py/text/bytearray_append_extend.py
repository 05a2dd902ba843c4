# bytearray.append and extend
b = bytearray(b'ab')
b.append(99)
b.extend(b'de')
b.extend([102, 103])
b.extend(bytearray(b'h'))
b.extend(memoryview(b'i'))
b.extend(x for x in (106, 107))
print(b)
b.extend(b)
print(len(b), b[-3:])
for bad in [300, 'a', None]:
    try:
        b.append(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for bad in ['ab', 5, [1, 'a'], [300]]:
    try:
        b.extend(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(len(b))

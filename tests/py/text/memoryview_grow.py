# a bytearray grows again once its views are released, and a new view sees the new bytes
ba = bytearray(b'ab')
m = memoryview(ba)
print(m.tobytes())
m.release()
ba.extend(b'cdef')
ba.append(103)
m = memoryview(ba)
print(len(m), m.tobytes(), m[-1])
m[0] = 65
print(ba)

# memoryview of a memoryview
ba = bytearray(b'abc')
m = memoryview(memoryview(ba)[1:])
m[0] = 66
print(ba, m.tobytes(), len(m))
print(memoryview(m).obj is ba)

# memoryview slices with steps
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m[::2].tobytes(), m[::-1].tobytes(), m[::-2].tolist())
m[::2] = b'123'
print(ba)
m[::-2] = b'xyz'
print(ba)
print(m[::2].contiguous, m[1:].contiguous)

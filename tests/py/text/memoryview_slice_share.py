# a slice of a memoryview is a view of the same memory
ba = bytearray(b'abcdef')
m = memoryview(ba)
s = m[1:5]
print(s.tobytes(), len(s))
ba[2] = 90
print(s.tobytes())
inner = s[1:3]
inner[0] = 89
print(ba)
print(m[4:1].tobytes(), m[1:5][::-1].tobytes())

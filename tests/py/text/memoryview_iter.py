# iterating a memoryview and in
m = memoryview(b'abc')
for x in m:
    print(x)
print(98 in m, 100 in m, sum(m))

# memoryview.release and the context manager
m = memoryview(b'abc')
m.release()
m.release()
for f in [lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: m.readonly]:
    try:
        f()
    except ValueError:
        print('ValueError')
with memoryview(bytearray(b'xy')) as v:
    print(v[0])
try:
    v[0]
except ValueError:
    print('ValueError')

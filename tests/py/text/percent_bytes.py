# bytes % args
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%s' % b'abc')
t(lambda: b'%b' % bytearray(b'x'))
t(lambda: b'%s' % memoryview(b'mv'))
t(lambda: b'%d|%5d|%x' % (5, 42, 255))
t(lambda: b'%c%c' % (65, b'B'))
t(lambda: b'%r' % 'x')
t(lambda: b'%a' % b'x')
t(lambda: b'%5s|%-5s|' % (b'ab', b'cd'))
t(lambda: b'%.1f' % 1.5)
t(lambda: b'%(k)s' % {b'k': b'v'})
t(lambda: b'%s' % 'x')
t(lambda: b'%c' % 256)
t(lambda: b'%c' % 'A')
t(lambda: b'abc' % 5)

# bytes.find and rfind with bytes and int needles
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
b = b'hello'
t(lambda: b.find(b'l'))
t(lambda: b.find(108))
t(lambda: b.find(b'l', 3))
t(lambda: b.find(b'lo', -2))
t(lambda: b.find(bytearray(b'll')))
t(lambda: b.find(memoryview(b'lo')))
t(lambda: b.find(b''))
t(lambda: b.rfind(108))
t(lambda: b.rfind(b'l', 0, 3))
t(lambda: b.find(300))
t(lambda: b.find('l'))
t(lambda: b.find(1.0))

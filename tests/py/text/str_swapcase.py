# str.swapcase
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'Hello World'.swapcase())
t(lambda: 'abcXYZ123'.swapcase())
t(lambda: ''.swapcase())
t(lambda: 'Hello'.swapcase().swapcase())

# format specs of ints through str.format
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{:5d}|'.format(42))
t(lambda: '{:<5d}|'.format(42))
t(lambda: '{:^5d}|'.format(42))
t(lambda: '{:05d}'.format(-42))
t(lambda: '{:+d} {:+d}'.format(42, -42))
t(lambda: '{: d}'.format(42))
t(lambda: '{:x} {:X} {:o} {:b}'.format(255, 255, 8, 5))
t(lambda: '{:#x} {:#o} {:#b}'.format(255, 8, 5))
t(lambda: '{:,}'.format(1234567))
t(lambda: '{:_}'.format(1234567))
t(lambda: '{:c}'.format(65))
t(lambda: '{:=+6}'.format(42))
t(lambda: '{:d}'.format('a'))
t(lambda: '{:s}'.format(1))

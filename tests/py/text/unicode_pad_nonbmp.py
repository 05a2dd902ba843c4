# widths count code points, including those beyond U+FFFF
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'x\U0001F600x'.center(7))
t(lambda: '\U0001F600'.center(3, '\U0001F601'))
t(lambda: 'ab'.center(4, '\U0001F601'))
t(lambda: '\U0001F600'.ljust(3, '.'))
t(lambda: '\U0001F600'.rjust(3))
t(lambda: '\U0001F600'.zfill(3))
t(lambda: '\U0001F600\tb'.expandtabs(4))
t(lambda: '\xe9'.center(3, '\xe8'))

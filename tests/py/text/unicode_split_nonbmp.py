# split, partition and replace with characters beyond U+FFFF
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a\U0001F600b\U0001F600'.split('\U0001F600'))
t(lambda: 'a\U0001F600b'.partition('\U0001F600'))
t(lambda: 'a\U0001F600b'.rpartition('b'))
t(lambda: 'a\U0001F600b'.replace('', '-'))
t(lambda: 'a\U0001F600b'.replace('\U0001F600', 'x'))
t(lambda: '\U0001F600 \U0001F601'.split())
t(lambda: '\U0001F600\n\U0001F601'.splitlines())
t(lambda: '-'.join('\U0001F600\U0001F601'))

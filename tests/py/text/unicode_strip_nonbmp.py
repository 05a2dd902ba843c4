# strip with characters beyond U+FFFF
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '\U0001F600a\U0001F600'.strip('\U0001F600'))
t(lambda: '\U0001F600a\U0001F601'.strip('\U0001F601\U0001F600'))
t(lambda: '\U0001F600a\U0001F601'.lstrip('\U0001F600'))
t(lambda: '\U0001F600a\U0001F601'.rstrip('\U0001F601'))
t(lambda: '\u3000a\u2000'.strip())
t(lambda: '\U0001F600'.strip('a'))

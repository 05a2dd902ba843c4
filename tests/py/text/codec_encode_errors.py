# UnicodeEncodeError messages and positions
for s, enc in [('\xe9', 'ascii'), ('a\xe9\u20acx', 'ascii'), ('\u20ac', 'latin-1'), ('\ud800', 'utf-8')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)

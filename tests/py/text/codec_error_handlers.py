# error handlers of encode and decode
s = 'a\xe9\u20ac\U0001f600b'
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(h, s.encode('ascii', h))
b = b'a\xff\xe2\x82b'
for h in ['ignore', 'backslashreplace']:
    print(h, b.decode('utf-8', h))
print(ascii(b.decode('utf-8', 'replace')))
try:
    b.decode('utf-8', 'nonexistent')
except LookupError:
    print('LookupError')

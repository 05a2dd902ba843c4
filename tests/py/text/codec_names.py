# encoding names are normalised
for name in ['utf-8', 'UTF-8', 'utf8', 'UTF_8', 'u8', 'latin-1', 'latin1', 'ISO-8859-1', 'iso8859_1', 'l1', 'ascii', 'US-ASCII']:
    print(name, '\xe9'.encode(name, 'replace'))
try:
    'x'.encode('utf-9')
except LookupError:
    print('LookupError')

# bytearray.decode
print(bytearray(b'caf\xc3\xa9').decode() == 'caf\xe9')
print(bytearray(b'abc').decode('ascii'))
try:
    bytearray(b'\xff').decode()
except UnicodeDecodeError:
    print('UnicodeDecodeError')

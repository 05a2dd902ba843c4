# encode and decode with bytes and str subclasses
class B(bytes):
    pass
class S(str):
    pass
print(B(b'caf\xc3\xa9').decode() == 'caf\xe9')
print(S('caf\xe9').encode())
print(type(B(b'ab').upper()).__name__, type(S('ab').upper()).__name__)
print(bytes.fromhex('41'), B.fromhex('42'), type(B.fromhex('42')).__name__)

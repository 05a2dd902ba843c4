# bytearray % args gives a bytearray (needs PyByteArray.BinaryOp to call the formatting hook, see interpreter/Text/CONTRACT-NOTES.md)
print(bytearray(b'%s!') % b'x')
print(bytearray(b'%d-%x') % (10, 255))
r = bytearray(b'<%s>') % (bytearray(b'in'),)
print(type(r).__name__, r)
b = bytearray(b'%c')
b %= 65
print(b)

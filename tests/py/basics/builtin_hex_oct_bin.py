# hex, oct and bin
print(hex(0), hex(255), hex(-255), hex(2 ** 64))
print(oct(0), oct(8), oct(-8), oct(511))
print(bin(0), bin(5), bin(-5), bin(2 ** 40))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(hex(True), bin(False))

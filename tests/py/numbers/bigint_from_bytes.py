# int.from_bytes with byte orders and signs
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'big', signed=True))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True), int.from_bytes(bytearray(b'\x01\x02\x03'), 'little'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\xfe\xff', 'little', signed=True))
v = 2**200 + 12345
print(int.from_bytes(v.to_bytes(26, 'big'), 'big') == v, int.from_bytes((-v).to_bytes(26, 'little', signed=True), 'little', signed=True) == -v)

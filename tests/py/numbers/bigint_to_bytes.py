# int.to_bytes with sizes, byte orders and signs
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (5).to_bytes())
print((2**64).to_bytes(9, 'big'), (2**100 - 1).to_bytes(13, 'little'))
print((-1).to_bytes(4, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (-(2**70)).to_bytes(10, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True), (255).to_bytes(1, 'big'))
for args in ((256, 1, 'big', False), (128, 1, 'big', True), (-129, 1, 'big', True), (-1, 2, 'big', False)):
    try:
        print(args[0].to_bytes(args[1], args[2], signed=args[3]))
    except OverflowError:
        print("OverflowError")
try:
    (1).to_bytes(1, 'middle')
except ValueError:
    print("ValueError")

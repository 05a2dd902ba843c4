# pow with a negative exponent and a modulus computes a modular inverse
print(pow(3, -1, 7), pow(5, -1, -7), pow(-3, -1, 7), pow(3, -2, 7))
p = 2**127 - 1
a = 3**50
inv = pow(a, -1, p)
print(inv, a * inv % p)
print(pow(38, -1, 97), pow(2**100 + 1, -3, 10**30 + 57))
for args in ((2, -1, 4), (0, -1, 5), (6, -1, 9)):
    try:
        print(pow(*args))
    except ValueError:
        print("ValueError")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")

# float() of big ints is correctly rounded; too large raises OverflowError
for v in (2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 10**22, 10**23, 3**100, -(3**100), 2**1023, 2**1024 - 2**970 - 1):
    print(float(v))
for v in (2**1024, 2**1024 - 2**970, -(2**2000)):
    try:
        print(float(v))
    except OverflowError:
        print("OverflowError")
try:
    print(2**2000 + 1.0)
except OverflowError:
    print("OverflowError")

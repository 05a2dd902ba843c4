# operators between every pair of number kinds
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

vals = [3, -2**70, 2.5, 1 + 2j, True]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b)
for a in vals:
    for b in vals:
        try:
            print(a / b, end=" ")
        except ZeroDivisionError:
            print("ZeroDivisionError", end=" ")
        try:
            print(a // b, a % b)
        except TypeError:
            print("TypeError")

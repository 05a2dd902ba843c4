# int ** negative int gives a float
print(2 ** -1, 2 ** -2, (-2) ** -1, (-2) ** -2, 10 ** -3, 3 ** -5, 1 ** -100, (-1) ** -3)
print(type(2 ** -1).__name__, 7 ** -1, 2 ** -1074, 2 ** -1075, 2 ** -1100)
try:
    print(0 ** -1)
except ZeroDivisionError:
    print("ZeroDivisionError")

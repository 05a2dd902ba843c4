# int() and str() with non-ASCII text around ASCII digits
print(int(" 42 "), str(42) + "€")
try:
    int("4€")
except ValueError:
    print("ValueError")
print("€" + str(-7), len(str(10 ** 5) + "é"))

# // and % of floats follow the divisor's sign
for a in (7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 1e-300, 3.25):
    for b in (2.0, -2.0, 0.5, 3, -1e300):
        print(a, b, a // b, a % b)
print(5.0 % float("inf"), -5.0 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"), 1e308 % 3.0, 2.0**70 % 3.0, 10**20 % 7.0)

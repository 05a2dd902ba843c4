# bool() of numbers and bool as an int
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")), bool(0j), bool(1j), bool(2**100))
print(True + True, True * 10, True / 2, -True, ~True, True << 3, True ** 10, abs(True), int(True), float(True), complex(True))
print(True == 1, True == 1.0, False == 0, hash(True) == hash(1), True is bool(1), isinstance(True, int))
print(repr(True), str(False), format(True, "d"), format(True, ""), format(False, "5"), format(True, "x"), format(True, ".1f"))

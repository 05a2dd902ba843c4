# divmod, abs and round on integers
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(abs(-7), abs(7), abs(-(10 ** 20)), abs(False))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(0, -3))
print(round(2.5), round(3.5), round(-0.5))
print(type(round(2.5)).__name__)

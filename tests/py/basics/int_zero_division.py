# division by zero raises ZeroDivisionError for every division operator
def check(f):
    try:
        f()
        print("no error")
    except ZeroDivisionError:
        print("ZeroDivisionError")
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: 1 / 0)
check(lambda: divmod(1, 0))
check(lambda: (10 ** 30) // 0)
check(lambda: 1.5 / 0)
check(lambda: 0 ** -1)
x = 5
try:
    x //= 0
except ZeroDivisionError:
    print("ZeroDivisionError in augmented assignment", x)
print(issubclass(ZeroDivisionError, ArithmeticError))

# errors of float **: zero to a negative power, overflow
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

show(lambda: 0.0 ** -1)
show(lambda: 0.0 ** -1.5)
show(lambda: (-0.0) ** -2)
show(lambda: 0 ** -1.0)
show(lambda: 10.0 ** 400)
show(lambda: (-10.0) ** 401)
show(lambda: 2.0 ** 1024)
show(lambda: 1e300 ** 2)
show(lambda: pow(2.0, 3, 5))
show(lambda: 0.0 ** float("-inf"))

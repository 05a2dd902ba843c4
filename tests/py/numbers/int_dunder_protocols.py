# int() and friends use __int__ and __index__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class D:
    def __int__(self):
        return "no"
class E:
    def __index__(self):
        return 2**100
print(int(A()), int(B()), int(E()))
print(hex(B()), oct(B()), bin(B()), hex(E()))
print([10, 20, 30, 40, 50, 60, 70, 80][B()])
show(lambda: int(D()))
show(lambda: hex(A()))
show(lambda: float(B()))
show(lambda: complex(B()))

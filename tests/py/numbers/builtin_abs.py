# abs() of every number kind
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

print(abs(0), abs(-5), abs(5), abs(-(2**63)), abs(-(2**100)), abs(True), abs(False), abs(-0.0), abs(-1.5), abs(float("-inf")), abs(float("nan")))
print(abs(3 + 4j), abs(-3 - 4j), abs(1j), abs(0j), abs(complex(1e308, 1e308)), type(abs(-5)).__name__, type(abs(True)).__name__)
show(lambda: abs("a"))
show(lambda: abs(None))
show(lambda: abs([]))

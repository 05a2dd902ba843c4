# cmath functions and constants
import cmath, math
print(cmath.pi == math.pi, cmath.e == math.e)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(1))
print(cmath.polar(1j), cmath.polar(-2))
def r(z):
    return complex(round(z.real, 10), round(z.imag, 10))
print(r(cmath.rect(1, math.pi / 2)), r(cmath.rect(2, 0)))
print(r(cmath.exp(1j * math.pi)), r(cmath.exp(0)))
print(r(cmath.log(1)), r(cmath.log(-1)), r(cmath.log10(100)))
print(r(cmath.cos(0)), r(cmath.sin(0)), r(cmath.sin(1j)))
print(abs(cmath.sqrt(3 + 4j) - (2 + 1j)) < 1e-12)
print(r(cmath.log(math.e ** 2)), r(cmath.exp(cmath.log(3 + 4j))))

# complex ** with integral, fractional and complex exponents
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

print(1j ** 2, 1j ** 3, 1j ** 4, (1 + 1j) ** 2, (1 + 1j) ** 10, (1 + 2j) ** -1, (1 + 2j) ** -2, 2j ** 0, 0j ** 0, 0j ** 2)
print((1 + 1j) ** 0.5, (-1 + 0j) ** 0.5, (1 + 1j) ** (1 + 1j), 2 ** 1j, 1j ** 1j, (3 + 4j) ** 2.5, (1 + 1j) ** 101)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: 0j ** (-1 + 0j))
show(lambda: (1e200j) ** 2)
show(lambda: pow(1j, 2, 3))

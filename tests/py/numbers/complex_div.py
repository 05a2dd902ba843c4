# complex division and its zero division error
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

a = 1 + 2j
print(a / (3 - 4j), a / 2, 2 / a, 1j / 1j, (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / 1e-320, a / 0.5j)
show(lambda: a / 0)
show(lambda: a / 0j)
show(lambda: 1 / 0j)
show(lambda: a // 2)
show(lambda: a % 2)
show(lambda: divmod(a, 2))

# complex equality with other numbers; ordering is an error
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

print(1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, 0j == 0, 0j == False, 1 + 1j == 1 + 1j, 1 + 0j == True, complex(2**70, 0) == 2**70, complex(2**70, 0) == 2**70 + 1)
print(1 + 0j != 1, 1j != 1j, 1j in [1j, 2], (1 + 0j) in {1: "x"}, {1: "x"}[1 + 0j], len({1, 1.0, 1 + 0j}))
show(lambda: 1j < 2j)
show(lambda: 1j > 1)
show(lambda: 1 <= 1j)
show(lambda: sorted([1j, 2j]))

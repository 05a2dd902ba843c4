# the = specifier in f-strings prints the expression text
x = 3
name = "ab"  # str values are not used: CPython applies repr() after =, MicroPython str()
print(f"{x=}")
print(f"{x + 1=}")
print(f"{x=} and {x * 2=}")
print(f"{len(name)=}")

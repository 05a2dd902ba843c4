# format() of ints in binary, octal and hexadecimal, with and without #
for v in (0, 1, 10, 255, -255, 2**64 - 1, -(2**80)):
    print(format(v, "b"), format(v, "#b"), format(v, "o"), format(v, "#o"), format(v, "x"), format(v, "#x"), format(v, "X"), format(v, "#X"))

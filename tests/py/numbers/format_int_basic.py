# format() of ints: presentation types and signs
for v in (0, 7, -7, 255, -255, 123456789, 2**70, -(2**70)):
    print(format(v, ""), format(v, "d"), format(v, "n"), format(v, "+d"), format(v, " d"), format(v, "-d"), format(v, "+"), format(v, " "))

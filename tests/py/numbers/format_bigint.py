# format() of ints beyond 64 bits
v = 3**100
for spec in ("", "d", ",", "_", "x", "#X", "o", "b", "40", "<60", "+,", "e", ".3g", "f"):
    print(format(v, spec), format(-v, spec))

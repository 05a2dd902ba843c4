# format() of ints with , and _ grouping, also inside zero padding
for v in (0, 12, 1234, -1234, 1234567, -1234567890, 2**70):
    print(format(v, ","), format(v, "_"), format(v, "_x"), format(v, "_b"), format(v, "_o"), format(v, "015,"), format(v, "015_"), format(v, "+010,"), format(v, "#014_x"))
for w in range(1, 12):
    print(w, format(1234, "0%d," % w), format(-1234, "0%d_" % w))

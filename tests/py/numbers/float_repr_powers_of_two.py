# repr of powers of two, where the gap below is narrower
for n in list(range(-60, 70, 7)) + [-1074, -1073, -1022, -1021, 52, 53, 54, 63, 64, 1023]:
    print(n, 2.0 ** n)

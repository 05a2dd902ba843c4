# repr of 10.0 ** n and 1e-n literals
for n in range(-25, 26):
    print(n, 10.0 ** n, float("1e%d" % n))

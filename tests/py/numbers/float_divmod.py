# divmod() of floats and mixed ints
for a in (7.5, -7.5, 1, -1, 0.0, 1e-10, 123456.789):
    for b in (2, -2.0, 0.3, 1e300):
        print(divmod(a, b))
print(divmod(2**70, 3.0), divmod(-0.0, 1.0), divmod(0.0, -1.0))

# repr and str of complex numbers
nan = float("nan")
inf = float("inf")
for v in (0j, 1j, -1j, 1 + 2j, 1.5 - 2.25j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, nan), complex(nan, 1),
          complex(0, inf), complex(inf, -inf), 1e16j, complex(1e20, 1), 0.1j + 0.2, complex(5e-324, 1e308), complex(-1, 0)):
    print(repr(v), str(v))

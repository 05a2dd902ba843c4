# float() accepts single underscores between digits
def show(s):
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), "ValueError")
for s in ("1_000.5", "1_0e1_0", "0.000_001", "1_2_3", "_1", "1_", "1__2", "1_.5", "1._5", "1e_5", "1e5_", "1_e5", ".5_", "1.5_5"):
    show(s)

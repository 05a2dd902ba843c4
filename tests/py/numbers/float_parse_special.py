# float() of inf, infinity and nan spellings
for s in ("inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "  infinity  ", "nan", "-nan", "NaN", "+NAN"):
    print(repr(s), float(s))
for s in ("infinit", "infinityy", "nana", "in f", "-+inf", "--1", "1x", "", " ", "0x10", "1,5", "1.2.3", "e5", "1e", "."):
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), "ValueError")

# format() of ints with width, fill and alignment
for spec in ("8", "<8", ">8", "^8", "=8", "*<8", "*>8", "*^8", "*=8", "08", "+08", "-08", " 08", "=+8", "#010x", "#=10x", "x^9", "0=8", "0<8", "0^8", "1"):
    print(repr(format(42, spec)), repr(format(-42, spec)))

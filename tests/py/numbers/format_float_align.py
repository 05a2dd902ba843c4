# format() of floats with width, fill, alignment and zero padding
for spec in ("10", "<10", ">10", "^10", "=10", "*<10.2f", "*>10.2f", "*^10.2f", "*=10.2f", "010.2f", "+010.2f", " 010.2f", "=+10.2f", "010", "010e", "0=12g", "1", "12.3e"):
    print(repr(format(3.14159, spec)), repr(format(-3.14159, spec)), repr(format(float("inf"), spec)), repr(format(float("nan"), spec)))

# f-strings with format specs and conversions
n = 42
s = "abc"
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{n:05}|{n:+}|{-n:+}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}")
print(f"{s:>6}|{s:<6}|{s:^7}|{s:*^7}|")
print(f"{s!r}|{s!s}|{n!r}")
print(f"{s!r:>8}|")
print(f"{1234567:,}")
print(f"{0.5:.2f}|{3.14159:.2f}|{1.5:6.2f}|")
w = 8
print(f"{s:>{w}}|{n:0{w}}")
print(f"{s:{'>'}{w}}|")
print(f"{{}} {{{n}}}")

# f-strings and str.format with number format specs
x = 1234.5678
n = 2**70
w = 12
print(f"{x:.2f}|{x:>{w}.1f}|{x:,}|{n:,}|{n:_x}|{-x:+.3e}|{x!r}|{n!s}|{0.1 + 0.2}")
print("{:08.3f} {:#x} {:b} {:%} {:g}".format(3.14159, 255, 5, 0.25, 1e-7))
print("{0:.{1}f} {0:.{2}e}".format(1 / 3, 4, 2))
print(f"{1e16}", f"{1e15}", f"{-0.0}", f"{5e-324}", f"{1+2j}", f"{True}", f"{True:d}", f"{3:>5}")

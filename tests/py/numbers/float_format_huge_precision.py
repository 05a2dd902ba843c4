# Precisions beyond a double's exact digits (1074 after the point, 767 significant) pad with zeros exactly as CPython
# does, quickly: the digits are computed at a bound and the rest is known to be zeros.
for v in (1e-300, 5e-324, 2.5, 1.7976931348623157e308, 0.1, -2.2250738585072014e-308, 0.0):
    for spec in (".1100f", ".1101f", ".3000f", ".1200e", ".5000e", ".5000g", "#.5000g", ".2000%", "#.1300g"):
        s = format(v, spec)
        print(spec, len(s), s[:24], s[-12:], sum(c != "0" for c in s))
s = "%.1500f" % 1e-310
print(len(s), s[300:340], s.count("0"))
s = "%.1200E" % 7e-320
print(len(s), s[:30], s[-8:])

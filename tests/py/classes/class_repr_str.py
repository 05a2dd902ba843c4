# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str only"
b = Both()
r = ReprOnly()
print(b, repr(b), str(b))
print(r, repr(r), str(r))
print([b, r], (r,), {"k": b}["k"])
print(StrOnly())
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(f"{b} {b!r} {r}")

# exceptions raised in properties, operators and special methods reach the caller
class C:
    @property
    def broken(self):
        raise RuntimeError("property failed")
    def __add__(self, other):
        raise TypeError("no adding")
    def __getitem__(self, i):
        raise IndexError(i)
    def __len__(self):
        raise ValueError("no len")
c = C()
for name, f in [("property", lambda: c.broken), ("add", lambda: c + 1),
                ("getitem", lambda: c[3]), ("len", lambda: len(c))]:
    try:
        f()
    except Exception as e:
        print(name, type(e).__name__, e.args)
print(hasattr(c, "missing"))

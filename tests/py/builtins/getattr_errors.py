# getattr's name must be a str; only AttributeError selects the default
class C:
    @property
    def boom(self):
        raise ValueError("boom")
    @property
    def gone(self):
        raise AttributeError("gone")
c = C()
for name in (1, None, b"x"):
    try:
        getattr(c, name)
    except TypeError as e:
        print(type(e).__name__)
try:
    getattr(c, "boom", None)
except ValueError as e:
    print(type(e).__name__)
print(getattr(c, "gone", "default"))
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__)

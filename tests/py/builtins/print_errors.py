# bad print arguments raise before anything is written
for kw in ({"sep": 1}, {"end": 2}, {"sep": b"x"}, {"bogus": 1}):
    try:
        print("never", **kw)
    except TypeError as e:
        print(type(e).__name__)
try:
    print("x", file=1)
except AttributeError as e:
    print(type(e).__name__)

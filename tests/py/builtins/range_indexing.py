# indexing and slicing ranges
r = range(10, 20, 2)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[1:]))
for i in (5, -6):
    try:
        r[i]
    except IndexError as e:
        print(type(e).__name__)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__)

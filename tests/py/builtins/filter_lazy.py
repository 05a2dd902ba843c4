# filter tests items only when asked, and errors surface then
seen = []
def keep(x):
    seen.append(x)
    return x > 1
f = filter(keep, [1, 2, 3])
print(seen, next(f), seen, list(f), seen)
for t in (lambda: filter(), lambda: filter(None), lambda: filter(None, 1)):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__)

# update argument errors
d = {}
for t in (lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1,)]), lambda: d.update({}, {})):
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(d)

# method argument errors of sets
s = {1}
for t in (lambda: s.add(), lambda: s.remove(), lambda: s.union(1), lambda: s.update(1),
          lambda: s.issubset(), lambda: s.isdisjoint(None), lambda: frozenset().add(1)):
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)

# truth value of built-in objects
values = [0, 1, -1, "", "a", [], [0], (), (None,), {}, {"k": 0}, set(), {0},
          None, True, False, range(0), range(1), b"", b"\x00", 0.0, 0.5]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(not [], not [1], not None)

# any over various iterables
print(any([]), any([0, 0]), any([0, 1]), any(["", "x"]), any([None, False]))
print(any(x > 2 for x in range(4)), any(x > 5 for x in range(4)), any("ab"))
print(any({0: 1}), any({1: 0}), any(set()), any({0}))
try:
    any(None)
except TypeError as e:
    print(type(e).__name__)

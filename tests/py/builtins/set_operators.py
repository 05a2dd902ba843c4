# | & - ^ between sets and frozensets; the left operand's type wins
a = {1, 2, 3}
f = frozenset([2, 3, 4])
print(a | f, a & f, a - f, a ^ f)
print(f | a, f & a, f - a, f ^ a)
print(type(a | f).__name__, type(f | a).__name__)
for op in (lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: [1] ^ a):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__)

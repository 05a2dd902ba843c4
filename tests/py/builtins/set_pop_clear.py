# pop removes an arbitrary element; clear empties the set
s = {10}
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__)
s = {1, 2, 3}
got = sorted([s.pop(), s.pop(), s.pop()])
print(got, s)
s = {4, 5}
print(s.clear(), s)

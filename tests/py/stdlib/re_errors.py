# invalid patterns raise an error; bad group numbers raise IndexError
import re
for p in ["(", ")", "a**", "[a", "*a", "a{2", "(?", "\\"]:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except Exception as e:
        print(repr(p), "error")
m = re.match("(a)", "a")
for g in [2, -1]:
    try:
        m.group(g)
    except IndexError:
        print("IndexError", g)
try:
    re.match(1, "a")
except TypeError:
    print("TypeError")
try:
    re.sub("(a)", "\\2", "a")
except Exception:
    print("bad group ref error")

# re.match anchors at the start; literals, dot, groups
import re
def show(m):
    print(m.group(0) if m else None)
show(re.match("abc", "abcdef"))
show(re.match("abc", "xabc"))
show(re.match("a.c", "abc"))
show(re.match("a.c", "a\nc"))
show(re.match("", "xyz"))
m = re.match("(a)(b)(c)", "abc")
print(m.group(1), m.group(2), m.group(3), m.group(0))
print(m.groups())
print(m.group(1, 3))
m = re.match("a(x)?b", "ab")
print(m.groups(), m.group(1))
print(re.match("a|b|c", "c").group(0))
print(re.match("ab|cd", "cdx").group(0))
print(re.match("(ab|cd)+", "abcdabx").group(0))

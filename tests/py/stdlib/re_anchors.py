# ^ and $ anchors, and \b-free boundaries
import re
def s(p, t):
    r = re.search(p, t)
    print(repr(p), repr(t), r.span() if r else None)
s("^a", "abc")
s("^b", "abc")
s("c$", "abc")
s("b$", "abc")
s("^$", "")
s("^abc$", "abc")
s("^abc$", "abcd")
s("a$", "a\n")
s("x|^a", "ba")

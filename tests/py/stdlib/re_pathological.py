# expected: hand-written (CPython backtracks for hours on these; nanoPython's engine stops at its step limit with RuntimeError)
# a pathological pattern raises RuntimeError instead of hanging, and the engine still works afterwards
import re
for p, s in [("(a*)*b", "a" * 30), ("(a|aa)*c", "a" * 40), ("(a+)+$", "a" * 30 + "!"), ("(x+x+)+y", "x" * 30)]:
    try:
        r = re.match(p, s)
        print(p, "result", r)
    except RuntimeError as e:
        print(p, "RuntimeError")
print(re.match("(a*)*b", "aaab").group(0))
print(re.search("(a+)+$", "aaa").group(0))
c = re.compile("(a*)*b")
try:
    c.search("a" * 25)
except RuntimeError:
    print("RuntimeError search")
print(c.match("b").group(0))
# a loop over an alternation keeps one backtrack entry per iteration; past the cap it is RuntimeError (as MicroPython's recursion limit)
try:
    re.match("(?:a|b)*", "ab" * 50000)
    print("no error")
except RuntimeError:
    print("RuntimeError long")
print(len(re.match(".*", "ab" * 50000).group(0)), len(re.sub("a", "x", "ab" * 50000)))

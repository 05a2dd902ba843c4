# expected: hand-written (nanoPython's limits for the device: 99 nested groups, a backtrack stack cap; CPython has neither)
# the engine's limits raise instead of exhausting the device's stack or memory
import re
print(re.match("(" * 99 + "a" + ")" * 99, "a").group(99))
try:
    re.compile("(" * 100 + "a" + ")" * 100)
except ValueError:
    print("ValueError nesting")
try:
    re.compile("(?:" * 150 + "a" + ")" * 150)
except ValueError:
    print("ValueError non-capturing nesting")
print(len(re.match("(?:ab)*", "ab" * 1000).group(0)))
try:
    re.match("(?:a|b)*", "ab" * 20000)
except RuntimeError:
    print("RuntimeError backtrack stack")
print(re.sub("(a)", "\\1\\1", "banana"))

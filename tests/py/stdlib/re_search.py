# re.search scans for the first match
import re
print(re.search("b+", "aabbbcc").group(0))
print(re.search("x", "abc"))
m = re.search("(\\d+)", "abc 123 def 45")
print(m.group(1), m.start(), m.end(), m.span())
print(m.start(1), m.end(1), m.span(1))
print(re.search("$", "abc").span())
print(re.search("^abc", "abc").span())
print(re.search("^b", "abc"))
print(re.search("c$", "abc").group(0))
print(re.search("a*", "bbb").span())

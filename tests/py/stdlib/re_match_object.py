# match objects: group, groups with default, start/end/span, unmatched groups
import re
m = re.match("(a)(x)?(b)", "ab")
print(m.group(0), m.group(1), m.group(2), m.group(3))
print(m.groups())
print(m.start(2), m.end(2), m.span(2))
print(m.start(3), m.end(3))
m = re.search("(\\d)(\\d)", "ab12cd")
print(m.span(), m.span(1), m.span(2))
print(m.group(2, 1))
print(bool(m))
m = re.match("((a)(b))", "ab")
print(m.groups())
print(m.group(1, 2, 3))

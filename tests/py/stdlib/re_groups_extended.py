# non-capturing groups, named groups, groupdict, backreferences
import re
print(re.match("(?:ab)+c", "ababc").group(0), re.match("(?:ab)+(c)", "ababc").groups())
m = re.match("(?P<key>\\w+)=(?P<value>\\d+)", "width=42")
print(m.group("key"), m.group("value"), m.groupdict(), m.groups())
print(m.span("value"), m.start("key"), m.end("key"))
print(re.sub("(?P<a>\\w)(?P<b>\\w)", "\\g<b>\\g<a>", "abcd"))
print(re.search("(\\w)\\1", "abccd").group(0))
print(re.search("(a)(b)\\2\\1", "xabbay").span())
print(re.match("(?P<q>['\"]).*?(?P=q)", "'hi' there").group(0))
try:
    m.group("nope")
except IndexError:
    print("IndexError")
print(re.match("(a)|(b)", "b").groups())
print(re.match("(a)|(b)", "b").groupdict())

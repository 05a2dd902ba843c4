# compiled patterns and their methods
import re
p = re.compile("(\\w)(\\d)")
print(p.match("a1b2").group(0))
print(p.match("-a1"))
print(p.search("-a1").group(0))
print(p.sub("<\\2\\1>", "a1b2c3"))
print(p.split("xa1yb2z"))
print(type(p.match("a1")).__name__ in ("Match", "match"))
q = re.compile("abc")
print(q.match("abcd").group(0), q.search("xxabc").span())
print(re.match(p, "z9").groups() if False else p.match("z9").groups())

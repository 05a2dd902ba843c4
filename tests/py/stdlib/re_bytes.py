# patterns and subjects as bytes
import re
m = re.match(b"(\\d+)-(\\d+)", b"12-34 x")
print(m.group(0), m.groups())
print(re.search(b"b+", b"abbbc").group(0))
print(re.sub(b"a", b"o", b"banana"))
print(re.split(b",", b"a,b,c"))
p = re.compile(b"[a-c]+")
print(p.search(b"xxabcabz").group(0))

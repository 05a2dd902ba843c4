# re.findall and re.finditer (MicroPython has finditer on compiled patterns via re.finditer)
import re
print(re.findall("\\d+", "a1 b22 c333"))
print(re.findall("(\\w)=(\\d)", "a=1, b=2"))
print(re.findall("(\\w)=\\d", "a=1, b=2"))
print(re.findall("x", "abc"))
print([m.group(0) for m in re.finditer("[aeiou]", "education")])
print([m.span() for m in re.finditer("ab", "abxab")])

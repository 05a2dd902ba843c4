# empty matches in sub, split, findall and finditer
import re
print(re.sub("x*", "-", "abc"))
print(re.sub("", "|", "ab"))
print(re.findall("a*", "baaac"))
print(re.split("x*", "axbc"))
print([m.span() for m in re.finditer("\\d*", "a12b")])
print(re.subn("a*", "#", "baac"))
print(re.split("\\b", "hi yo"))

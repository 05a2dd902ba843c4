# re.split, with groups and maxsplit
import re
print(re.split(",", "a,b,c"))
print(re.split(",\\s*", "a, b,c,   d"))
print(re.split("x", "abc"))
print(re.split("(,)", "a,b,c"))
print(re.split(",", "a,b,c,d", 2))
print(re.split(",", "a,b,c,d", maxsplit=1))
print(re.split("\\d", "a1b2c3"))
print(re.split(",", ""))
print(re.split("(-)|(\\+)", "1-2+3"))

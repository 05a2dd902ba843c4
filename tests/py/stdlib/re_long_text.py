# regular expressions over long texts
import re
s = "ab" * 500 + "c"
print(len(re.match("(?:a|b)*", s).group(0)), len(re.match("(ab)*c", s).group(0)))
print(len(re.findall("b", s)), re.search("c", s).span(), re.search("d", s))
print(len(re.sub("ab", "x", s)), len(re.split("b", s)))
t = "word " * 3000
print(len(re.findall("\\w+", t)), re.search("(\\w+) $", t).span())
print(re.match("(a+)+b", "a" * 20 + "b").span())
print(len(re.match("[a-z ]*", t).group(0)), re.fullmatch("(?:word )+", t) is not None)

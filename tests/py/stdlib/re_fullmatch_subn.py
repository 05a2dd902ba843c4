# fullmatch, subn, escape, the pattern attribute, pos arguments of compiled patterns
import re
print(re.fullmatch("a+", "aaa").group(0), re.fullmatch("a+", "aab"), re.fullmatch("a|ab", "ab").group(0))
print(re.subn("a", "b", "banana"), re.subn("a", "b", "banana", 1), re.subn("z", "b", "abc"))
print(re.escape("a.b*c?d"), re.escape("plain_123"))
p = re.compile("b+")
print(p.pattern, p.search("abbbc", 2).span(), p.match("abbbc", 1).group(0), p.match("abbbc"))
print(p.search("abbbc", 1, 3).span(), p.findall("b bb bbb", 2))
print(re.compile(re.escape("1+1=2")).match("1+1=2").group(0))
print(re.sub("a", lambda m: m.group(0).upper(), "banana", 2))

# lookahead, word boundaries and the flags I, M, S
import re
print(re.search("foo(?=bar)", "foobaz foobar").span())
print(re.search("foo(?!bar)", "foobar foobaz").span())
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"))
print(re.findall(r"\Bcat", "cat concat bobcat"))
print(re.match("hello", "HeLLo", re.I).group(0), re.match("[a-c]+", "ABCd", re.IGNORECASE).group(0))
print(re.findall("^\\w", "ab\ncd\nef", re.M))
print(re.findall("\\w$", "ab\ncd\nef", re.M))
print(re.findall("^\\w", "ab\ncd"))
print(re.match("a.c", "a\nc", re.S).group(0) == "a\nc", re.match("a.c", "a\nc", re.DOTALL) is not None)
print(re.search("(?i)ABC", "xabcx").span())
print(re.compile("a", re.I | re.M).flags & (re.I | re.M) == re.I | re.M)
print(re.search("x$", "ax\n").span(), re.search("\\Ax", "xa").span(), re.search("a\\Z", "xa").span())

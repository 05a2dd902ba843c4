# escapes inside patterns: \t \n, escaped metacharacters, and literal special characters in classes
import re
print(re.match("a\\tb", "a\tb").group(0) == "a\tb")
print(re.match("a\tb", "a\tb") is not None)
print(re.search("\\n", "x\ny").span())
print(re.search("[*+?]+", "ab*+?c").group(0))
print(re.search("\\$\\d", "cost $5").group(0))
print(re.search("\\^", "a^b").span())
print(re.search("\\|", "a|b").span())
print(re.search("\\[x\\]", "a[x]b").group(0))
print(re.search("\\{", "a{b").span())
print(re.search("[\\]]", "a]b").span())
print(re.search("\\\\", "a\\b").span())

# non-ASCII subjects: indices are code points
import re
m = re.search("é+", "caféé!")
print(m.group(0), m.span())
print(re.sub("ü", "ue", "Müller"))
print(re.split("→", "a→b→c"))
print(re.match(".", "中文").group(0))
print(re.search("[à-ÿ]+", "abc àéî def").group(0))

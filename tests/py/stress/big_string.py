# building and processing long strings
s = "".join(str(i % 10) for i in range(100000))
print(len(s), s[:12], s[-5:], s.count("7"))
parts = ("x" * 1000).split("x")
print(len(parts))
t = "ab" * 50000
print(len(t), t.find("ba"), t.rfind("ab"), t[99998:])
lines = "\n".join("line %d" % i for i in range(5000))
print(len(lines.split("\n")), lines[-9:])
r = ""
for i in range(2000):
    r += "ab"
print(len(r))

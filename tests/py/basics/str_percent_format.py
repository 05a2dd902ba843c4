# printf-style % formatting
print("%s" % "text", "%s" % 42, "%s" % None, "%s" % [1, 2])
print("%d %i" % (3, -4), "%5d|%-5d|%05d" % (7, 7, 7))
print("%x %X %o" % (255, 255, 8), "%#x" % 255)
print("%r" % "q", "%r" % 5)
print("%s and %s" % ("a", "b"), "%s" % (1,))
print("%%d" % (), "%d%%" % 50)
print("%c%c" % (72, "i"))
print("%-6s|%6s|" % ("ab", "cd"))
print("%.2s" % "abcdef")
print("%(a)s-%(b)d" % {"a": "x", "b": 2})
print("%+d %+d" % (5, -5))
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError")

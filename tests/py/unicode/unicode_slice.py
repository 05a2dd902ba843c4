# slicing by code point
s = "héllo wörld 日本"
print(s[1:4], s[6:11], s[-2:], s[:5], s[12:])
print(s[3:3] == "", s[100:] == "", s[-100:2])
t = "😀😁😂🤣"
print(t[1:3], t[:1], t[-1:], len(t[1:]))
print("ab€cd"[1:4], "ab€cd"[2:3])

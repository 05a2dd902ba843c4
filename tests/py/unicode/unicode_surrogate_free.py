# astral characters are single code points (no surrogate pairs)
s = "a\U0001F600b\U0001F4A9c"
print(len(s), s[1], s[3], s[1:4], ord(s[1]), ord(s[3]))
print([len(c) for c in s], s.find("b"), s.index("c"))
print(" ".join(s.split("b")))

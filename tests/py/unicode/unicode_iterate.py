# iterating over a string yields one code point at a time
s = "aß€😀"
for ch in s:
    print(ch, ord(ch), len(ch.encode()))
print(len(list("日本")), [len(c) for c in "é😀"])
print("".join(reversed(list("abç"))))
print("".join(sorted("çba")), max("aé"), min("€a"))
for i, c in enumerate("π=3"):
    print(i, c)

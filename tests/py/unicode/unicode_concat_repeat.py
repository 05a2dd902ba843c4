# building non-ASCII strings
s = "é"
print(s + "€", s * 3, len(s * 3), "日" + "本" * 2)
acc = ""
for c in "αβγ":
    acc += c + "|"
print(acc, len(acc))
print("".join(chr(0x3B1 + i) for i in range(5)))
print("%s=%d" % ("π", 3), "{}·{}".format("a", "€"), f"{'日'}{1}")

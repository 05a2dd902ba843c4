# splitting and joining text with non-ASCII separators and content
text = "première ligne\ndeuxième ligne\ntroisième"
lines = text.split("\n")
print(len(lines), lines[1], [len(l) for l in lines])
print(" | ".join(lines))
words = "αλφα βητα γαμμα".split()
print(len(words), "".join(w[0] for w in words), words[2])
print("—".join(["a", "b"]), "a—b—c".split("—"))

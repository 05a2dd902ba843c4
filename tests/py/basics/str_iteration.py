# iterating over a string and building strings
for c in "hey":
    print(c)
print(list("abc"), tuple("ab"), sorted("cab"))
print([c * 2 for c in "xyz"])
print("".join(reversed("abc")))
print(len(""), len("a"), len("hello world"))
print(min("hello"), max("hello"))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(sorted(set("mississippi")))
print(dict(zip("ab", "xy"))["b"])

# repr and str of strings with quotes and escapes
print(repr("abc"), str("abc"))
print(repr("it's"), repr('say "x"'), repr("both ' and \""))
print(repr("\n\t\r"), repr("\\"), repr("\x00\x1b\x7f"))
print(repr(""), repr(" "))
print([("a", 'b"')])
print(("x",), ["y", "z"], {"k": "v"})
print(str(["a"]), repr(["a"]))

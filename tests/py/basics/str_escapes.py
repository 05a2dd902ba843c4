# escape sequences in string literals
s = "\\ \' \" \a \b \f \n \r \t \v \0"
print([ord(c) for c in s])
print(len("\x00\x7f"), ord("\x7f"), ord("\177"), ord("\7"))
print(repr("\t\n\r"), repr("\\"), repr("'"), repr('"'), repr("'\""))
print(repr("\x00\x01\x1f\x7f"))
print("a\
b")

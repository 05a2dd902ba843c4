# common str methods available in MicroPython
s = "  Hello, World  "
print(s.strip(), "|" + s.lstrip() + "|", "|" + s.rstrip() + "|")
print("xxhixx".strip("x"), "abc".lstrip("ab"), "abc".rstrip("bc"))
print("Hello".upper(), "Hello".lower())
print("a,b,,c".split(","), "a b  c".split(), " a ".split(" "))
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "a-b".rsplit("-"))
print("-".join(["x", "y", "z"]), "".join([]), ",".join("abc"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find("l", 3))
print("hello".index("e"), "hello".count("l"), "aaaa".count("aa"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", ""))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")))
print("abc".isalpha(), "123".isdigit(), " \t".isspace(), "ABC".isupper(), "abc".islower())
print("a1".isalpha(), "".isdigit(), "Ab".isupper())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("x".center(5), "|" + "ab".center(6) + "|")
print("one\ntwo\n".splitlines(), "a\r\nb".splitlines())
try:
    "hello".index("z")
except ValueError:
    print("ValueError")

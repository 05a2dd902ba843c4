# string methods on non-ASCII text work by code point
s = "grüße, welt, 日本"
print("/".join(s.split(", ")), s.find("welt"), s.find("日"), s.index("ß"))
print(s.replace("ü", "ue"), s.count("e"), s.startswith("grü"), s.endswith("本"))
print("·".join(["a", "b", "c"]), "  é  ".strip(), "ééaéé".strip("é"))
print(len("a€b€c".split("€")), "a€b€c".rsplit("€", 1)[0], "a€b".partition("€")[1])
print("€" in "10€", "é" in "cafe", "日本" in s)
print("ab€".upper(), "ÀB".lower()[1])

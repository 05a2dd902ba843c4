# len counts code points, not bytes
for s in ["", "a", "é", "日本語", "naïve", "€100", "😀", "a😀b", "\u00e9\u0301"]:
    print(s, len(s), len(s.encode()))

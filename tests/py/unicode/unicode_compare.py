# strings compare by code point
print("é" > "z", "a" < "é", "€" > "é", "😀" > "€")
print(" ".join(sorted(["é", "z", "a", "€", "😀", "Z"])))
print("café" == "caf\u00e9", "café" != "cafe")
print(max(["日", "本", "語"]), min("日本語"))

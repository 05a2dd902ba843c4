# string comparison is by code point
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "abc" == "abc")
print("a" * 3 == "aaa", "x" != "X", "" < " ")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(max(["b", "ab", "abc"]), min(["b", "ab", "abc"]))
print("10" < "9", 10 < 9)

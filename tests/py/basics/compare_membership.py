# in and not in for built-in containers
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "")
print(2 in (1, 2), (1, 2) in [(1, 2)], [1] in [[1]])
d = {"k": 1}
print("k" in d, 1 in d, "z" not in d)
print(2 in {1, 2}, 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print(-1 in range(5), 4 in range(5), 5 in range(5))
print(b"a" in b"abc", 97 in b"abc")
print(None in [None], None in [])
print(1 in [1.0], True in [1])

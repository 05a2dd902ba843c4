# sorted with reverse=
print(sorted([3, 1, 2], reverse=True), sorted("abc", reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted([3, 1, 2], reverse=0), sorted([3, 1, 2], reverse=1))
print(sorted(["a", "B", "c"], key=str.lower, reverse=True))

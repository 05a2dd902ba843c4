# print with no argument, one argument and several of different types
print()
print("hello")
print(1, 2, 3)
print(1, "a", 2.5, None, True, False)
print([1, "two"], (3,), {"k": "v"})
print("")
print("", "")
print(*range(5))

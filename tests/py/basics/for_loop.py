# for loops over various iterables
for i in range(3):
    print("range", i)
for ch in "abc":
    print("str", ch)
for item in [1, "two", 3.5]:
    print("list", item)
for x in (7, 8):
    print("tuple", x)
for k in sorted({"b": 1, "a": 2}):
    print("dict key", k)
for i in range(10, 0, -4):
    print("down", i)
for i in range(0):
    print("never")
total = 0
for i in range(101):
    total += i
print(total)
for i in range(3):
    pass
print("i after loop", i)

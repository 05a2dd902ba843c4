# assignment expressions
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
if (count := len(data)) > 3:
    print("count", count)
print((y := 5) + y)
values = [v for x in range(6) if (v := x * x) % 2]
print(values, v)
stack = [1, 2, 3]
while (top := stack.pop()) != 1:
    print("popped", top)
print("top", top)
def f():
    if (r := 7) > 3:
        return r * 2
print(f())
print([z := 1, z + 1])
print(any((hit := x) > 2 for x in [1, 2, 3, 4]), hit)

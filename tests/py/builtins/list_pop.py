# pop from the end or at an index
a = [10, 20, 30, 40, 50, 60]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
print(a.pop(True), a)
for i in (5, -5):
    try:
        [1, 2].pop(i)
    except IndexError as e:
        print(type(e).__name__)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__)
try:
    [1].pop("0")
except TypeError as e:
    print(type(e).__name__)

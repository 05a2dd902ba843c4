# index with start and end, negative ones counting from the end
a = [0, 1, 0, 1, 0, 1]
print(a.index(1, 2), a.index(0, -2), a.index(1, -100), a.index(0, 1, 3))
for args in ((0, 5, 5), (1, 0, 1), (1, 10)):
    try:
        a.index(*args)
    except ValueError as e:
        print(type(e).__name__)
print(a.index(1, 0, 100), a.index(0, 2, -1))
try:
    a.index(1, 0, 1, 2)
except TypeError as e:
    print(type(e).__name__)

# raising and catching many exceptions
caught = 0
for i in range(20000):
    try:
        if i % 2:
            raise ValueError(i)
        raise KeyError(i)
    except ValueError:
        caught += 1
    except KeyError:
        caught += 2
print(caught)
def thrower(n):
    if n % 5 == 0:
        raise IndexError(n)
    return n
ok = 0
for i in range(10000):
    try:
        ok += thrower(i)
    except IndexError:
        pass
print(ok)

# every path out of a function returns the right value
def classify(x):
    for i in range(3):
        if x == i:
            return "loop " + str(i)
    while x > 10:
        return "while"
    try:
        if x < 0:
            return "try"
    finally:
        pass
    with Ctx():
        if x == 5:
            return "with"
    if x == 6:
        return
    return "end"
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
for v in (0, 2, 20, -1, 5, 6, 7):
    print(v, classify(v))

# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 10, 100):
    print(n, classify(n))
if []:
    print("empty list is true")
else:
    print("empty list is false")
if 0:
    pass
elif "":
    pass
elif None:
    pass
else:
    print("all false")
x = 5
if x > 1:
    if x > 3:
        print("nested true")
    else:
        print("nested false")
if x: print("one-line if")

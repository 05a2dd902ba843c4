# exceptions inside loops with continue and break
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    results.append(n)
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration
    except StopIteration:
        print("stop at", i)
        break
total = 0
for x in [1, 0, 2, 0, 4]:
    try:
        total += 8 // x
    except ZeroDivisionError:
        total += 100
print(total)

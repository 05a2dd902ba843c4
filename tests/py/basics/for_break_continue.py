# break and continue in for loops, including nested loops
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        print("pair", i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = (row, v)
            break
    if found:
        break
print(found)

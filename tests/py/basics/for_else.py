# else clause of for runs only when the loop did not break
for i in range(3):
    pass
else:
    print("else after full loop", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    print("never")
else:
    print("else after empty loop")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5, 6, 7], 8))
for i in range(3):
    continue
else:
    print("else after continue")

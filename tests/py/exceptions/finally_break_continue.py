# break and continue inside try/finally inside loops
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done", i)
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break", i
print(break_swallows())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)

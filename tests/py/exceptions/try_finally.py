# finally always runs
def f(x):
    try:
        if x == "raise":
            raise ValueError
        if x == "return":
            return "returned"
        print("body done")
    finally:
        print("finally", x)
    return "end"
print(f("normal"))
print(f("return"))
try:
    f("raise")
except ValueError:
    print("ValueError propagated after finally")
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        print("loop finally", i)

# unbounded recursion raises an exception that except RuntimeError catches
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RuntimeError:
    print("caught as RuntimeError")
def again():
    try:
        down(0)
    except RuntimeError:
        return "caught inside a function"
print(again())

# string concatenation and repetition
a = "abc"
b = "def"
print(a + b, a * 2, 2 * a, a * 0, a * -3)
print("" + "", "x" * 1)
s = ""
for i in range(5):
    s += str(i)
print(s)
print("-" * 10)
print(("ab" + "c") * 2)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" * "b"
except TypeError:
    print("TypeError")

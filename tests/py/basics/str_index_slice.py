# indexing and slicing strings
s = "abcdefgh"
print(s[0], s[3], s[-1], s[-8])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[3:3], s[5:2], s[100:], s[-100:2], s[2:100])
print(s[0:8], s[0:9], len(s[1:7]))
for bad in (8, -9, 100):
    try:
        s[bad]
    except IndexError:
        print("IndexError", bad)
try:
    s[0] = "z"
except TypeError:
    print("TypeError")

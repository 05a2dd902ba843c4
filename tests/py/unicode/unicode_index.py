# indexing by code point
s = "aé日😀z"
print(s[0], s[1], s[2], s[3], s[4])
print(s[-1], s[-2], s[-3], s[-4], s[-5])
for bad in (5, -6):
    try:
        s[bad]
    except IndexError:
        print("IndexError", bad)
t = "€"
print(t[0] == t, len(t[0]))

# slices with out-of-range, negative and None bounds
l = [0, 1, 2, 3, 4]
print(l[None:2], l[2:None], l[None:None:None], l[None:None:-1])
print(l[-10:10], l[10:-10], l[-10:-10])
print(l[3:-1], l[-1:3], l[-2:], l[:-10])
print(l[4:0:-1], l[4:-10:-1], l[-10:4:-1], l[10::-2])
s = "hello"
print(s[-3:-1], s[1:-1], s[10:20] == "")

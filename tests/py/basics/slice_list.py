# slicing lists
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[:], l[-3:], l[:-7], l[-4:-1])
print(l[::2], l[1::2], l[::3], l[2:8:2], l[::-1], l[::-2], l[8:2:-2])
print(l[5:2], l[100:], l[-100:3], l[3:100], l[5:5])
print(l[-1:-4:-1], l[2::-1], l[:2:-1])
c = l[:]
c.append(99)
print(len(l), len(c), c is l)
try:
    l[::0]
except ValueError:
    print("ValueError")

# augmented assignment on sequences: lists mutate in place, tuples and strings rebind
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s += "cd"
print(s)
s *= 2
print(s)
l = [0]
l += "xy"
print(l)
l += range(2)
print(l)

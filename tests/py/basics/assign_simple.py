# simple and chained assignment
a = 1
print(a)
a = b = c = 5
print(a, b, c)
x = [1, 2]
y = x
y.append(3)
print(x, x is y)
n = None
print(n)
a = a + 1
print(a, b)
t = 1, 2, 3
print(t)
s = "text"
s2 = s
s = s + "!"
print(s, s2)

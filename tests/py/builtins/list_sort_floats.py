# sorting floats, including negative zero and infinities
a = [1.5, -0.0, 0.0, float("inf"), -float("inf"), -2.5, 1e-3]
a.sort()
print(a)
b = [2, 1.5, True, -1, 0.5]
b.sort(reverse=True)
print(b)

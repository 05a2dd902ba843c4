# left and right shifts, small and big, negative numbers
print(1 << 0, 1 << 1, 1 << 10, 1 << 31, 1 << 32, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 11, 5 >> 1, 1 >> 5)
print(-1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1, -1 << 3)
print((1 << 100) >> 99, (3 << 70) >> 70, -(1 << 70) >> 69)
print(0 << 100, 0 >> 5)
try:
    print(1 << -1)
except ValueError:
    print("ValueError")
try:
    print(1 >> -1)
except ValueError:
    print("ValueError")

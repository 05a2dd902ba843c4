# factorials, a classic big-int workload
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (0, 1, 20, 21, 25, 50, 100):
    print(n, fact(n))
f = fact(500)
print(len(str(f)), f % (10**9 + 7), f // fact(498) == 500 * 499)

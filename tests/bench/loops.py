# Loops and small-int arithmetic on locals.
def run(n):
    total = 0
    for i in range(n):
        x = i * 3 + 7
        if x % 5 == 0:
            total += x // 5
        else:
            total -= 1
    j = 0
    while j < n:
        total ^= j
        j += 1
    return total

print(run(3000000))

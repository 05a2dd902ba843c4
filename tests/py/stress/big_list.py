# large lists: building, sorting, slicing and summing
l = list(range(30000))
print(len(l), l[-1], sum(l))
l.reverse()
print(l[0], l[29999])
l.sort()
print(l[:3], l[-3:])
squares = [i * i for i in range(10000)]
print(squares[-1], len(squares))
l2 = [(x * 7919) % 20000 for x in range(20000)]
l2.sort()
print(l2[0], l2[-1], l2[10000], l2 == list(range(20000)))
big = [0] * 100000
big[54321] = 1
print(len(big), sum(big), big.index(1))
print(len(l[::7]), l[::7][-1])

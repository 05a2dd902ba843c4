# the iteration protocol on built-in types used by loops and functions
it = iter([10, 20, 30])
for x in it:
    print(x)
    if x == 10:
        print("skip", next(it))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(list(zip(*[iter(range(6))] * 2)))
d = {"k": "v"}
print([k for k in d], [i for i in d.items()])
print(sum(x for x in range(5)), tuple(x for x in "ab"))
a, b, *c = iter(range(5))
print(a, b, c)
print("".join(map(str, iter([1, 2, 3]))))

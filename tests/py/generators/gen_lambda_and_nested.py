# generators defined inside functions capture the enclosing scope
def make_gen(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
by3 = make_gen(3)
print(list(by3(4)))
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        yield count
    return inc
inc = counter_gen()
print(next(inc()), next(inc()), next(inc()))
gens = [(lambda k: (x * k for x in range(3)))(k) for k in range(1, 4)]
print([list(g) for g in gens])

# chaining generators into a pipeline
def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squared(it):
    for x in it:
        yield x * x
def limit(it, n):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x
print(list(limit(squared(evens(numbers(100))), 5)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(numbers(6))))
def pairs(it):
    it = iter(it)
    for a in it:
        yield a, next(it, None)
print(list(pairs("abcde")))

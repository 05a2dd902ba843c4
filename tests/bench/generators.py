# Generators and comprehensions: a pipeline of generator expressions and list/dict comprehensions.
def numbers(n):
    for i in range(n):
        yield i

def pipeline(n):
    evens = (x for x in numbers(n) if x % 2 == 0)
    squares = (x * x for x in evens)
    total = sum(squares)
    table = {i: i * i for i in range(1000)}
    rows = [[j for j in range(i % 10)] for i in range(n // 100)]
    return total, len(table), sum(len(r) for r in rows)

print(pipeline(600000))

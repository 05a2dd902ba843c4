# nonlocal lets a closure rebind an enclosing variable
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "original"
    def change():
        nonlocal x
        x = "changed"
    change()
    return x
print(outer())
def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = accumulator()
add(5)
add(10)
print(get())
def swap_pair():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(swap_pair())

# closures keep enclosing variables alive
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
m3 = make_multiplier(3)
m7 = make_multiplier(7)
print(m3(2), m7(2), m3(m7(1)))
def outer():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
add = outer()
add(1)
print(add(2))
add2 = outer()
print(add2("fresh"))
def late():
    def get():
        return value
    value = "assigned after def"
    return get
print(late()())

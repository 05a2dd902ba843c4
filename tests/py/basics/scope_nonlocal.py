# nonlocal binds to the nearest enclosing function scope
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    m = middle()
    return m, x
print(outer())
def loops():
    total = 0
    def add_all(items):
        nonlocal total
        for i in items:
            total += i
    add_all([1, 2, 3])
    add_all(range(4))
    return total
print(loops())
def gen_outer():
    state = []
    def gen():
        nonlocal state
        state = state + ["x"]
        yield len(state)
    return [next(gen()) for _ in range(3)]
print(gen_outer())

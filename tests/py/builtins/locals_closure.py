# locals() includes captured cells and free variables that are bound
def outer(p):
    cell = "c"
    def inner():
        return sorted(locals().items()), cell, p
    unbound_later = 1
    return sorted(locals()), inner()
r = outer("p")
print(r[0])
print(r[1])

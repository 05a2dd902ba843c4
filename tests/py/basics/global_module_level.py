# a global statement at module level is allowed and changes nothing
global g_value
g_value = 1
print(g_value)
def f():
    global g_value
    g_value += 1
f()
print(g_value)
def reader():
    return g_value * 10
print(reader())
def make_global_in_nested():
    def inner():
        global made_inside
        made_inside = "inner"
    inner()
make_global_in_nested()
print(made_inside)

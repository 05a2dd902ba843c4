# reading and writing globals from functions
g = "global"
def read():
    return g
def write():
    global g
    g = "rebound"
def local_shadow():
    g = "local"
    return g
print(read(), local_shadow(), g)
write()
print(g, read())
def create():
    global created
    created = "made in function"
create()
print(created)
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def g_list():
    lst.append(len(lst))
lst = []
g_list(); g_list()
print(lst)
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1, a2)

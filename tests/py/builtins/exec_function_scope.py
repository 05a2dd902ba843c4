# exec inside a function sees a snapshot of its locals and its globals
G = "global"
def f():
    loc = "local"
    exec("print(loc, G)")
    exec("made = 1")
    return "made" in globals()
print(f())
def g():
    ns = {}
    exec("z = 7", globals(), ns)
    return ns["z"]
print(g())

# a global or local name shadows a builtin; deleting it restores the builtin
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def f():
    max = "local"
    return max
print(f(), max(1, 2))

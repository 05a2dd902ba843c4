# builtin functions and types print with their names
for f in (len, print, sorted, min, iter, next, getattr, exec, dir):
    print(f.__name__)
print(len, sorted)
print(list, dict, range)

# the name bound by except ... as is deleted at the end of the handler
def f():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError:
        return "NameError: e was unbound"
print(f())
try:
    raise KeyError
except KeyError as err:
    kept = err
print(type(kept).__name__)
try:
    err
except NameError:
    print("module-level name deleted too")

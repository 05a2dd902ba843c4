# errors from dict operations
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
try:
    del d["missing"]
except KeyError:
    print("KeyError on del")
try:
    d.pop("missing")
except KeyError:
    print("KeyError on pop")
try:
    {}.popitem()
except KeyError:
    print("KeyError on popitem")
try:
    d[[1]] = 2
except TypeError:
    print("TypeError unhashable")
print(isinstance(KeyError(), LookupError))

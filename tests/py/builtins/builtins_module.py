# the builtins module holds the builtin functions and types
import builtins
print(builtins.len is len, builtins.list is list, builtins.print is print)
for name in ("abs", "all", "any", "dict", "dir", "enumerate", "eval", "exec", "filter", "frozenset",
             "getattr", "globals", "hasattr", "hash", "id", "input", "isinstance", "issubclass", "iter",
             "len", "list", "locals", "map", "max", "min", "next", "object", "print", "range", "repr",
             "reversed", "set", "setattr", "slice", "sorted", "sum", "super", "tuple", "type", "vars", "zip"):
    print(name, hasattr(builtins, name))

# args, str() of exceptions with 0, 1 and more arguments
for e in (ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), ValueError(""), ValueError(42)):
    print(e.args, "[" + str(e) + "]", len(e.args))
e = Exception("x", [1, 2])
print(e.args[1], type(e.args).__name__)
try:
    raise IndexError("idx", 5)
except IndexError as err:
    print(err.args)
print(str(Exception()), str(Exception("only")))
print(str(RuntimeError(1, "two")))

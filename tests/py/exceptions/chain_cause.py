# __cause__ is set by raise ... from (CPython semantics; MicroPython does not chain exceptions)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args, e.__suppress_context__)
try:
    raise ValueError("x") from TypeError("explicit")
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError from IndexError
except ValueError as e:
    print(type(e.__cause__).__name__)
print(ValueError().__cause__)

# __context__ is set implicitly when raising during handling (CPython semantics; MicroPython does not chain)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__)
try:
    try:
        raise KeyError
    finally:
        raise IndexError
except IndexError as e:
    print(type(e.__context__).__name__)
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise TypeError("b") from None
except TypeError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)

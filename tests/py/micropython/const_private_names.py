# expected: hand-written (MicroPython does not store const() values bound to _names as globals)
from micropython import const
_PRIVATE = const(1)
PUBLIC = const(2)
print(_PRIVATE, PUBLIC, _PRIVATE + PUBLIC)
print("_PRIVATE" in globals(), "PUBLIC" in globals())
def uses():
    return _PRIVATE * 10
print(uses())

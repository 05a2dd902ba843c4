# helper module for const_import.py
from micropython import const
PUBLIC = const(100)
_PRIVATE = const(7)
def twice_private():
    return _PRIVATE * 2

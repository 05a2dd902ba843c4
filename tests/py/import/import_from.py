# from ... import names, with and without as
from mod_simple import VALUE, greet
print(VALUE, greet("from"))
from mod_simple import greet as g, Thing as T
print(g("alias"), T.kind)
from mod_simple import (
    VALUE as V,
    items,
)
print(V, items)
from mod_simple import _private
print(_private)

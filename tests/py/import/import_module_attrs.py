# module attributes can be read, added and changed from outside
import mod_simple
mod_simple.new_attr = "added from outside"
import mod_simple as again
print(again.new_attr)
mod_simple.VALUE = 100
from mod_simple import VALUE
print(VALUE)
print(sorted(n for n in dir(mod_simple) if not n.startswith("_")))
print(getattr(mod_simple, "greet")("getattr"))

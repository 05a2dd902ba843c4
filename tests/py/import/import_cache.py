# a module is executed once and cached in sys.modules
import sys
print("mod_counter" in sys.modules)
import mod_counter
print("mod_counter" in sys.modules, sys.modules["mod_counter"] is mod_counter)
mod_counter.bump()
import mod_counter as again
print(again.count, again is mod_counter)
from mod_counter import bump
print(bump(), mod_counter.count)
def local_import():
    import mod_counter
    return mod_counter.bump()
print(local_import(), mod_counter.count)

# deleting a module from sys.modules makes the next import execute it again
import sys
import mod_counter
mod_counter.bump()
first = mod_counter
del sys.modules["mod_counter"]
import mod_counter
print(mod_counter is first, mod_counter.count, first.count)

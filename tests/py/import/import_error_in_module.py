# an exception raised while importing propagates and the module is not cached
import sys
try:
    import mod_raises
except ValueError as e:
    print("ValueError", e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError:
    print("raised again on the second import")

# import ... as binds the module to another name
import mod_simple as ms
print(ms.VALUE, ms.__name__)
import mod_simple as other
print(other is ms)
print("ms" in globals(), "other" in globals(), "mod_simple" in globals())

# from module import * honours __all__ when present, else skips underscore names
from mod_all import *
print(exported, also_exported)
print("not_listed" in globals(), "_underscore" in globals())
from mod_noall import *
print(public_a, public_b, public_func())
print("_private_c" in globals())

# expected: hand-written (a module's _name const() values are not importable attributes in MicroPython)
import mod_consts
print(mod_consts.PUBLIC, mod_consts.twice_private())
print(hasattr(mod_consts, "PUBLIC"), hasattr(mod_consts, "_PRIVATE"))
from mod_consts import PUBLIC
print(PUBLIC)

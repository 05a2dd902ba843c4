# from package import * with __all__ in __init__
from pkg_star import *
print(one, two, "three" in globals())

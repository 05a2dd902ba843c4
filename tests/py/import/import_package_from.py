# from package import submodule, and from package.submodule import name
from pkg_basic import sub
print(sub.SUB_VALUE)
from pkg_basic.other import OTHER_VALUE
print(OTHER_VALUE)
from pkg_basic import INIT_VALUE
print(INIT_VALUE)
import pkg_basic
print(pkg_basic.other.OTHER_VALUE)

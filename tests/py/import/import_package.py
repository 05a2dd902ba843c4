# importing a package runs its __init__
import pkg_basic
print(pkg_basic.INIT_VALUE, pkg_basic.__name__)
import pkg_basic.sub
print(pkg_basic.sub.SUB_VALUE, pkg_basic.sub.where())
import pkg_basic.sub as s
print(s is pkg_basic.sub)

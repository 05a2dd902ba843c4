# several modules in one import statement
import mod_simple, mod_counter as mc, pkg_basic
print(mod_simple.VALUE, mc.count, pkg_basic.INIT_VALUE)

# relative imports inside a package
import pkg_relative
print(pkg_relative.PKG_NAME, pkg_relative.helpers.NAME)
print(pkg_relative.double(4), pkg_relative.DEEP)
print(pkg_relative.nested.NESTED_DOUBLE, pkg_relative.nested.deep.PARENT)
from pkg_relative.nested import deep
print(deep.DEEP, deep is pkg_relative.nested.deep)

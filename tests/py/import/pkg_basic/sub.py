# helper submodule
print("pkg_basic.sub executing as", __name__)
SUB_VALUE = "from sub"
def where():
    return __name__

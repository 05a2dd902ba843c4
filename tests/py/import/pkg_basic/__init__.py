# helper package
print("pkg_basic init as", __name__)
INIT_VALUE = "from __init__"

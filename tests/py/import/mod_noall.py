# helper module without __all__: from-import-star takes every public name
public_a = "a"
public_b = "b"
_private_c = "c"
def public_func():
    return "func"

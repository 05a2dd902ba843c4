# importing a module that does not exist raises ImportError
try:
    import no_such_module_anywhere
except ImportError as e:
    print("ImportError", isinstance(e, Exception))
try:
    from no_such_module_anywhere import x
except ImportError:
    print("ImportError from-import")
try:
    import pkg_basic.no_such_submodule
except ImportError:
    print("ImportError submodule")
print("no_such_module_anywhere" in globals())

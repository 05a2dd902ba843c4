# importing a missing name from an existing module raises ImportError
try:
    from mod_simple import does_not_exist
except ImportError:
    print("ImportError")
try:
    from mod_simple import VALUE, also_missing
except ImportError:
    print("ImportError for the second name")
print("VALUE" in globals())

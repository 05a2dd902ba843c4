# helper whose import raises an exception
print("mod_raises executing")
raise ValueError("import failed")

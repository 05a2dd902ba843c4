# helper module for the import tests (not a test itself)
print("mod_simple executing as", __name__)
VALUE = 42
_private = "hidden"
items = []
def greet(name):
    return "hello " + name
class Thing:
    kind = "thing"

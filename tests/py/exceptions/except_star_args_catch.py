# except clauses with the exception type taken from variables and calls
def exc_types():
    return (KeyError, IndexError)
try:
    [][1]
except exc_types() as e:
    print("caught via call", type(e).__name__)
handlers = {"lookup": LookupError}
try:
    {}[0]
except handlers["lookup"]:
    print("caught via subscript")
class Holder:
    E = ValueError
try:
    raise ValueError
except Holder.E:
    print("caught via attribute")

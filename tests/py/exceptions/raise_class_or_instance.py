# raising a class instantiates it; raising an instance keeps it
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
e1 = KeyError("inst")
try:
    raise e1
except KeyError as e:
    print(e is e1, e.args)
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e.args, len(e.args))
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, e.args)

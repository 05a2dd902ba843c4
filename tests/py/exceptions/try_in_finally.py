# try statements inside finally and except blocks
def f():
    try:
        raise ValueError
    finally:
        try:
            raise KeyError
        except KeyError:
            print("inner KeyError handled in finally")
try:
    f()
except ValueError:
    print("original ValueError still propagates")
def g():
    try:
        return "try"
    finally:
        try:
            pass
        finally:
            print("nested finally")
print(g())

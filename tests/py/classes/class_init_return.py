# __init__ must return None
class Good:
    def __init__(self):
        self.ok = True
        return None
print(Good().ok)
class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError:
    print("TypeError")

# __dir__ decides what dir() returns (sorted)
class C:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(C()))
class T:
    def __dir__(self):
        return ("b", "a")
print(dir(T()))

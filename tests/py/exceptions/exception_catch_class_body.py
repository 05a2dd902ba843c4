# exceptions inside class bodies and default arguments
class Config:
    try:
        value = int("not a number")
    except ValueError:
        value = -1
    try:
        lookup = {}["k"]
    except KeyError:
        lookup = "default"
print(Config.value, Config.lookup)
try:
    def f(x=1 // 0):
        pass
except ZeroDivisionError:
    print("raised while evaluating a default")
try:
    class Bad:
        raise AttributeError("in class body")
except AttributeError as e:
    print("raised from class body", e)

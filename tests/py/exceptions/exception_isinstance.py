# exception instances and classes with isinstance and issubclass
e = KeyError("k")
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception))
print(isinstance(e, BaseException), isinstance(e, IndexError), isinstance(e, object))
print(isinstance(KeyError, type), issubclass(KeyError, BaseException))
class Mine(LookupError):
    pass
m = Mine()
print(isinstance(m, LookupError), isinstance(m, KeyError), issubclass(Mine, Exception))
print(type(m).__name__, Mine.__name__, type(e) is KeyError)

# reversed uses __reversed__, else __len__ and __getitem__
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(S())))
class L(list):
    pass
print(list(reversed(L([1, 2, 3]))))
class T(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, i) * 10
print(list(reversed(T((1, 2)))))
class Word(str):
    pass
print(list(reversed(Word("abc"))))

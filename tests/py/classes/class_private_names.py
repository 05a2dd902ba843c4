# double-underscore names are usable inside the class that defines them
class Account:
    def __init__(self, balance):
        self.__balance = balance
    def __secret(self):
        return "secret %d" % self.__balance
    def reveal(self):
        return self.__secret()
    def deposit(self, n):
        self.__balance += n
        return self.__balance
a = Account(10)
print(a.reveal(), a.deposit(5))
class _Underscore:
    _protected = "single underscore is just a convention"
print(_Underscore._protected)

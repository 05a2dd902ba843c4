# subclassing str
class Tag(str):
    def wrap(self):
        return "<{}>".format(self)
t = Tag("div")
print(t, t.wrap(), t.upper(), len(t), t[0], t + "!", t * 2)
print(isinstance(t, str), t == "div", "i" in t, t.startswith("d"))
print(type(t.upper()).__name__, type(t).__name__)
print({t: 1}["div"], "%s|%s" % (t, t))
class Shout(str):
    def shout(self):
        return self.upper() + "!"
print(Shout("quiet").shout(), str(Shout("x")))

# multiple inheritance without diamonds: attributes are found in the bases left to right
class Swimmer:
    def swim(self):
        return "swims"
    def move(self):
        return "swimming"
class Flyer:
    def fly(self):
        return "flies"
    def move(self):
        return "flying"
class Duck(Swimmer, Flyer):
    pass
class Plane(Flyer):
    pass
d = Duck()
print(d.swim(), d.fly(), d.move())
print(isinstance(d, Swimmer), isinstance(d, Flyer), issubclass(Duck, Flyer))
class Mixin:
    def greet(self):
        return "hi from " + self.name()
class Named:
    def name(self):
        return "Named"
class Greeter(Mixin, Named):
    pass
print(Greeter().greet())
class Both(Flyer, Swimmer):
    def move(self):
        return "both: " + Swimmer.move(self) + " and " + Flyer.move(self)
print(Both().move())

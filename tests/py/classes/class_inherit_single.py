# single inheritance: method lookup, overriding and extension
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
class Fish(Animal):
    pass
for a in (Animal("generic"), Dog("rex"), Puppy("bit"), Fish("nemo")):
    print(a.describe())
print(isinstance(Puppy("p"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.kind, Fish.kind)

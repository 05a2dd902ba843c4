# overriding methods and calling the overridden one explicitly
class Base:
    def greet(self, name):
        return "Hello, " + name
    def template(self):
        return "[" + self.part() + "]"
    def part(self):
        return "base part"
class Polite(Base):
    def greet(self, name):
        return Base.greet(self, name) + ", pleased to meet you"
    def part(self):
        return "polite part"
print(Polite().greet("Ann"), Base().greet("Bo"))
print(Base().template(), Polite().template())
p = Polite()
p.part = lambda: "instance override"
print(p.template())

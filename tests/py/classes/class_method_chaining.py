# methods returning self allow chaining
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def sep(self):
        return self.add("-")
    def build(self):
        return "".join(self.parts)
print(Builder().add("a").sep().add("b").sep().add("c").build())
b = Builder()
print(b.add("x") is b, b.build())

# print(file=...) calls file.write once per piece
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, [2], file=w)
print(file=w)
print("x", "y", sep="", end="", file=w)
print(w.parts)
print("to stdout", file=None)

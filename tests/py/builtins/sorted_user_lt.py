# sorting user objects uses only __lt__
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]))
print(sorted([K(3), K(1), K(2)], reverse=True))
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([G(2), G(1)]))

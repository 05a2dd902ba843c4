# sorting user objects with __lt__, and with a key attribute
class Card:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return self.name
cards = [Card(3, "c3"), Card(1, "a1"), Card(3, "b3"), Card(2, "x2")]
cards.sort()
print(cards)
cards.sort(key=lambda c: c.name)
print(cards)
cards.sort(reverse=True)
print(cards)

# reversed() uses __reversed__, or __len__ with __getitem__
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __reversed__(self):
        return iter(self.cards[::-1])
print(list(reversed(Deck([1, 2, 3]))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq())), list(Seq()))

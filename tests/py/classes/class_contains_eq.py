# list methods and the in operator use __eq__ of user objects
class Item:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return isinstance(other, Item) and self.key == other.key
items = [Item(1), Item(2), Item(3)]
print(Item(2) in items, Item(9) in items, items.index(Item(3)), items.count(Item(1)))
items.remove(Item(2))
print([i.key for i in items])
print((Item(1), Item(3)) == tuple(items))

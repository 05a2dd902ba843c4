# a linked list class using several special methods together
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError(i)
    def __contains__(self, v):
        return any(x == v for x in self)
    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"
    def __eq__(self, other):
        return list(self) == list(other)
l = LinkedList([1, 2, 3])
l.push(0)
print(l, len(l), l[2], 3 in l, 9 in l)
print(list(l), l == LinkedList([0, 1, 2, 3]), l == LinkedList())
try:
    l[10]
except IndexError as e:
    print("IndexError", e.args)
print(bool(LinkedList()), bool(l))

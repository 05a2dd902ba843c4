# subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def size(self):
        return len(self)
s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, s.peek(), s.size(), s.pop(), s[0], s[1:])
print(isinstance(s, list), len(s), 2 in s, list(reversed(s)), sum(s))
for x in s:
    print("item", x)
s.sort(reverse=True)
print(s)
t = Stack([5, 6])
print(t, t + [7])
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged()
l.append("a")
print(l)

# len calls __len__, which must return a non-negative int
class N:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(N(0)), len(N(7)))
for bad in (-1, "x", 1.5):
    try:
        len(N(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(bool(N(0)), bool(N(2)))

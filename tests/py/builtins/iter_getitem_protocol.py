# iter falls back to __getitem__ with 0, 1, 2... until IndexError
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(iter(Seq())), list(Seq()))
print(20 in Seq(), 25 in Seq())
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))

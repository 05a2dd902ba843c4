# heappushpop, heapreplace, heapify of tuples, stability of ties by second item
import heapq
h = [5, 7, 9]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), h[0], heapq.heappushpop(h, 8), sorted(h))
print(heapq.heapreplace(h, 0), sorted(h))
try:
    heapq.heapreplace([], 1)
except IndexError:
    print("IndexError")
jobs = [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]
heapq.heapify(jobs)
print([heapq.heappop(jobs) for i in range(4)])
h = []
for w in "the quick brown fox".split():
    heapq.heappush(h, (len(w), w))
print([heapq.heappop(h)[1] for i in range(4)])
try:
    heapq.heapify((1, 2))
except TypeError:
    print("TypeError")

# heapq heappush/heappop/heapify keep the heap invariant
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], len(h))
print([heapq.heappop(h) for i in range(7)])
h = [9, 4, 7, 1, 3, 8]
heapq.heapify(h)
print(h[0])
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
h = [(2, "b"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(heapq.heappop(h))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
h = [3, 1, 2]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
try:
    heapq.heappush(None, 1)
except TypeError:
    print("TypeError")

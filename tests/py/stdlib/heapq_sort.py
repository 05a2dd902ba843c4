# heap sort of many values, duplicates and strings
import heapq
vals = [(i * 37) % 101 for i in range(100)] + [5, 5, 5]
h = []
for v in vals:
    heapq.heappush(h, v)
print([heapq.heappop(h) for i in range(len(vals))] == sorted(vals))
w = ["pear", "apple", "fig", "kiwi"]
heapq.heapify(w)
print([heapq.heappop(w) for i in range(4)])

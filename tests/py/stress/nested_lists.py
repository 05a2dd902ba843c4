# deeply nested lists built and walked iteratively
root = []
cur = root
for i in range(500):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
depth = 0
cur = root
while cur:
    last = cur[-1]
    if not isinstance(last, list):
        break
    cur = last
    depth += 1
print(depth, cur[0])
grid = [[r * 100 + c for c in range(100)] for r in range(100)]
print(sum(sum(row) for row in grid), grid[99][99], len(grid))
transposed = [list(col) for col in zip(*grid)]
print(transposed[5][7], grid[7][5])

# exceptions in recursive calls unwind all frames
depth_log = []
def dive(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        dive(n - 1)
    finally:
        depth_log.append(n)
try:
    dive(5)
except ValueError as e:
    print(e, depth_log)
def search(tree, target):
    if tree == target:
        raise StopIteration(target)
    if isinstance(tree, list):
        for t in tree:
            search(t, target)
try:
    search([1, [2, [3, 4]], 5], 4)
except StopIteration as e:
    print("found", e.args[0])
def catch_at(n, level):
    if n == 0:
        raise KeyError(level)
    try:
        catch_at(n - 1, level)
    except KeyError as e:
        if n == e.args[0]:
            return "caught at level %d" % n
        raise
print(catch_at(6, 3))

# builtins consuming generators leave them exhausted
g = (x for x in range(5))
print(sum(g), sum(g), list(g))
g = (x for x in range(5))
print(max(g), list(g))
g = (x for x in range(5))
print(3 in g, list(g))

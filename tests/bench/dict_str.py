# Dicts and strings: word counting, joins, formatting.
def run(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    parts = []
    for i in range(n):
        w = words[i % 8] + str(i % 13)
        counts[w] = counts.get(w, 0) + 1
        if i % 1000 == 0:
            parts.append(w.upper())
    keys = sorted(counts)
    s = ",".join(parts)
    return len(keys), sum(counts.values()), len(s), keys[0], keys[-1]

print(run(400000))

# any and all with generator expressions over containers
words = ["apple", "banana", "cherry"]
print(any(w.startswith("b") for w in words), all(len(w) > 4 for w in words))
print(all(isinstance(x, int) for x in [1, 2, 3.0]), any(x is None for x in [0, None]))
print(all([]), any([]), all([[]]), any([[]]))

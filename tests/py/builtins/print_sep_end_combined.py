# sep and end together, given in either order
print(1, 2, sep="-", end=".\n")
print(1, 2, end=".\n", sep="+")
print("a", "b", "c", sep="", end="")
print()

# at module level locals() is globals()
print(locals() is globals())
y = 5
print(locals()["y"])

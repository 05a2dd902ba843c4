# the not operator
print(not True, not False, not 0, not 1, not "", not "x")
print(not None, not [], not [None])
print(not not 5, not not 0)
print(not 1 == 2, (not 1) == 2)
print(not 1 in [1], not 1 not in [1])
x = 0
if not x:
    print("x is falsy")

# |= accepts anything dict.update accepts
a = {"x": 1}
a |= [("w", 0)]
a |= {"v": 2}.items()
print(a)

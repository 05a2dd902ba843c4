# range's dunder methods called directly
r = range(3)
print(r.__len__(), r.__getitem__(1), r.__contains__(2), list(r.__iter__()), list(r.__reversed__()))

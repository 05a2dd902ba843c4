# iter(callable, sentinel) calls until the sentinel is returned
state = [0]
def count():
    state[0] += 1
    return state[0]
print(list(iter(count, 4)))
print(list(iter(count, 5)))
data = ["a", "b", "", "c"]
it = iter(data.pop, "b")
print(list(it), data)
try:
    iter(1, 2)
except TypeError as e:
    print(type(e).__name__)
def stopper():
    raise StopIteration
print(list(iter(stopper, None)))

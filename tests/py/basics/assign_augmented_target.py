# augmented assignment evaluates the target's container and index once
log = []
def getlist(l):
    log.append("list")
    return l
def getindex(i):
    log.append("index")
    return i
data = [10, 20, 30]
getlist(data)[getindex(1)] += 5
print(data, log)
class Box:
    pass
b = Box()
b.v = 1
b.v += 10
b.v *= 2
print(b.v)
d = {"k": 1}
d["k"] += 1
d["k"] -= 5
print(d["k"])

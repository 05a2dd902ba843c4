# deeply nested documents: moderate depth works, extreme depth is RecursionError, and json works afterwards
import json
print(len(json.dumps(json.loads("[" * 50 + "]" * 50))))
a = []
for i in range(100000):
    a = [a]
try:
    json.dumps(a)
except RecursionError:
    print("RecursionError dumps")
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError:
    print("RecursionError loads")
d = {}
for i in range(100000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError:
    print("RecursionError dict")
print(json.dumps([1, {"a": 2}]), json.loads("[[1]]"))
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(50))

# json.dumps of values that JSON cannot hold
import json
for v in [{1, 2}, object(), b"bytes", 1j, {(1, 2): 3}]:
    try:
        json.dumps(v)
        print("no error")
    except TypeError:
        print("TypeError")
class C:
    pass
try:
    json.dumps([1, C()])
except TypeError:
    print("TypeError nested")

# json.loads(json.dumps(x)) == x
import json
vals = [None, True, 0, -5, 3.25, "s", [], {}, [1, "a", None], {"x": [1, 2, {"y": False}]}, "tab\t\n", 2**64]
for v in vals:
    s = json.dumps(v)
    print(s, json.loads(s) == v)

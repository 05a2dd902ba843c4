# json.dumps with indent (CPython's; MicroPython has no indent): numbers, strings, nesting, empty containers
import json
print(json.dumps({"a": [1, 2, {"b": None}], "c": {}}, indent=2))
print(json.dumps([1, [2, []]], indent=0))
print(json.dumps([1], indent="\t"))
print(json.dumps({"a": 1}, indent=1, separators=(",", ": ")))
print(json.dumps("x", indent=4), json.dumps([], indent=4), json.dumps({}, indent=4))

# json.dumps with the separators argument
import json
v = {"a": [1, 2], "b": {"c": None}}
print(json.dumps(v, separators=(",", ":")))
print(json.dumps(v, separators=(", ", ": ")))
print(json.dumps(v, separators=(";", "=")))
print(json.dumps([1, 2, 3], separators=(",", ":")))
print(json.dumps([], separators=(",", ":")))
print(json.dumps({}, separators=(",", ":")))
print(json.dumps([[1], [2, 3]], separators=("|", ":")))

# json.dumps of deeply nested and mixed structures, and key types
import json
v = {"list": [1, [2, [3, [4, [5]]]]], "dict": {"a": {"b": {"c": {}}}}, "mixed": [{"x": (1, 2)}, [], {}]}
print(json.dumps(v))
print(json.loads(json.dumps(v)) == {"list": [1, [2, [3, [4, [5]]]]], "dict": {"a": {"b": {"c": {}}}}, "mixed": [{"x": [1, 2]}, [], {}]})
print(json.dumps([[]] * 3), json.dumps([{}] * 2))
print(json.dumps({"": ""}), json.dumps({" ": [" "]}))
print(json.dumps([0.5, 100.0, -3.75, 1e-05, 12345.678]))
print(json.dumps([2 ** 31, -2 ** 31, 2 ** 63, -2 ** 100]))
big = list(range(200))
print(json.loads(json.dumps(big)) == big)
print(json.dumps("a" * 50)[:10])

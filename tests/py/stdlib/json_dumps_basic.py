# json.dumps of every JSON value type
import json
print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2**70))
print(json.dumps(1.5), json.dumps(-0.25), json.dumps(1e100))
print(json.dumps("abc"), json.dumps(""), json.dumps('q"uote'))
print(json.dumps([]), json.dumps([1, [2, [3]]]))
print(json.dumps({}), json.dumps({"a": 1}))
print(json.dumps((1, 2)))
print(json.dumps({"k": [1, {"n": None}]}))
print(json.dumps([True, False, None, "x", 3]))
print(json.dumps({"b": 2, "a": 1}))
print(json.dumps("tab\there\nnl\\back"))
print(json.dumps("\x01\x1f"))

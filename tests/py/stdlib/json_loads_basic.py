# json.loads of every JSON value type
import json
print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("0"), json.loads("-12"), json.loads("123456789012345678901234567890"))
print(json.loads("1.5"), json.loads("-2.5e3"), json.loads("1E-2"), json.loads("0.125"))
print(repr(json.loads('"abc"')), repr(json.loads('""')))
print(json.loads("[]"), json.loads("[1, [2, [3]]]"))
print(json.loads("{}"), json.loads('{"a": 1, "b": [true, null]}'))
print(json.loads('  \n\t[ 1 ,2 ]  '))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)
d = json.loads('{"z": 1, "a": 2, "m": 3}')
print(sorted(d.items()))
print(json.loads('{"a": {"b": {"c": [1, 2, {"d": "e"}]}}}'))
print(json.loads(b'[1, 2]'))

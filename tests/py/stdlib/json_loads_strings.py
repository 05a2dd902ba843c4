# json.loads of string escapes
import json
print(repr(json.loads(r'"a\nb\tc"')))
print(repr(json.loads(r'"quote\" back\\ slash\/"')))
print(json.loads(r'"\u0041\u00e9\u4e2d"') == 'A\u00e9\u4e2d')
print(repr(json.loads(r'"\b\f\r"')))
print(json.loads('"caf\u00e9"'))
print(len(json.loads(r'"\u00e9"')))
print(json.loads('["a", "b"]')[1])

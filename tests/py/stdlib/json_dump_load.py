# json.dump and json.load on streams
import json, io
buf = io.StringIO()
json.dump({"a": [1, 2, 3]}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, 2], buf, separators=(",", ":"))
print(buf.getvalue())
print(json.load(io.StringIO('{"k": "v", "n": [null]}')))
print(json.load(io.StringIO("  42 ")))
try:
    json.load(io.StringIO("[1,"))
except ValueError:
    print("ValueError")

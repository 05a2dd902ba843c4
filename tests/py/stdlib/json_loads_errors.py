# json.loads of malformed documents raises ValueError
import json
bad = ["", "[", "]", "{", '{"a"}', '{"a": }', "[1,", "tru", "nul", '"abc', "1 2", "[1 2]", "{1: 2}", "@", '{"a": 1,}']
for s in bad:
    try:
        json.loads(s)
        print(repr(s), "no error")
    except ValueError:
        print(repr(s), "ValueError")

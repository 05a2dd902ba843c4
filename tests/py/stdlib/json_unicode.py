# expected: hand-written (MicroPython's json.dumps writes non-ASCII characters as they are; CPython escapes them by default)
import json
print(json.dumps("caf\u00e9"))
print(json.dumps(["\u4e2d", "a\u00e9b"]))
print(json.loads(json.dumps("\u00e9\u4e2d")) == "\u00e9\u4e2d")
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.dumps("\x00\x1f"))

# sum refuses strings and bytes as start and fails on mixed types
for start in ("", "a", b"", bytearray()):
    try:
        sum([], start)
    except TypeError as e:
        print(type(e).__name__)
for items in (["a", "b"], [1, "a"], [[1], 2], [None]):
    try:
        sum(items)
    except TypeError as e:
        print(type(e).__name__)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__)

# object() instances have no attributes of their own
o = object()
print(type(o).__name__, o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__)

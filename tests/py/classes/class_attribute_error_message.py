# the message of AttributeError for instances
class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as e:
    print(e)
try:
    t.method()
except AttributeError as e:
    print(e)

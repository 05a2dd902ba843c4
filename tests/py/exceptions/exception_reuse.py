# the same exception instance can be raised more than once
e = ValueError("shared")
for i in range(3):
    try:
        raise e
    except ValueError as caught:
        print(i, caught is e, caught.args)
def make():
    return IndexError("made", 7)
try:
    raise make()
except IndexError as x:
    print(x.args)

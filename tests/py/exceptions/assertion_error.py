# AssertionError from assert and raised directly
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    raise AssertionError("manual")
except AssertionError as e:
    print(e.args)
def validate(x):
    assert isinstance(x, int), "need an int"
    return x * 2
for v in (2, "2"):
    try:
        print(validate(v))
    except AssertionError as e:
        print("invalid:", e)

# assert statements
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
calls = []
def msg():
    calls.append("msg")
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError:
    print(calls)
def check(x):
    assert x > 0, "x must be positive"
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)

# exhausted generators stay exhausted; for loops over them do nothing
def g():
    yield 1
it = g()
print(list(it), list(it))
for x in it:
    print("never")
print(next(it, "default"))
try:
    it.send(None)
except StopIteration:
    print("send on exhausted")
it.close()
print("close on exhausted")

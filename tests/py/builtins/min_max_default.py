# default= for empty iterables
print(min([], default="none"), max((), default=0), min([5], default=9))
print(max([], key=len, default=None))
print(max(iter([]), default="empty"))
try:
    min([])
except ValueError as e:
    print(type(e).__name__)
try:
    max(())
except ValueError as e:
    print(type(e).__name__)

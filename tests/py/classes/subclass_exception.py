# subclassing Exception and other built-in exceptions
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
try:
    raise ValidationError("age", "negative")
except ValueError as e:
    print(type(e).__name__, e.field, e.args, isinstance(e, ValidationError))
class Retry(Exception):
    attempts = 3
class Fatal(Retry):
    attempts = 0
for cls in (Retry, Fatal):
    try:
        raise cls("failed")
    except Retry as e:
        print(type(e).__name__, e.attempts, e.args)
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("k")
except LookupError as e:
    print("caught as LookupError", type(e).__name__)

# user-defined exception classes
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NotFound(DbError):
    def __init__(self, key):
        super().__init__("not found", key)
        self.key = key
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e.key, e.args)
print(issubclass(NotFound, Exception), isinstance(NotFound("x"), DbError))
try:
    raise DbError("db down")
except NotFound:
    print("not reached")
except DbError as e:
    print("DbError", e)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored")
except WithStr as e:
    print(str(e), e.args)
class Code(ValueError):
    def __init__(self, code, msg="default"):
        self.code = code
        self.msg = msg
e = Code(404)
print(e.code, e.msg, isinstance(e, ValueError))

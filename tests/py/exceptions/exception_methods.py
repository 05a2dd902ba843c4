# exception classes with methods and class attributes
class HttpError(Exception):
    status = 500
    def describe(self):
        return "%d %s" % (self.status, self.args[0] if self.args else "")
class NotFoundError(HttpError):
    status = 404
errors = [HttpError("server"), NotFoundError("missing"), NotFoundError()]
for err in errors:
    try:
        raise err
    except HttpError as e:
        print(e.describe())
print(NotFoundError.status, HttpError.status)

# raising something that is not an exception is a TypeError
def attempt(obj):
    try:
        raise obj
    except TypeError:
        print("TypeError")
    except Exception as e:
        print("raised", type(e).__name__)
attempt(1)
attempt("string")
attempt(None)
attempt(object)
attempt([ValueError])
attempt(ValueError)
class NotAnException:
    pass
attempt(NotAnException)
attempt(NotAnException())

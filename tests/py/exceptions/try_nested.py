# nested try statements: inner handlers first, unhandled ones propagate out
def f(exc):
    try:
        try:
            raise exc
        except ValueError:
            return "inner caught ValueError"
    except KeyError:
        return "outer caught KeyError"
for e in (ValueError, KeyError):
    print(f(e))
try:
    f(TypeError)
except TypeError:
    print("TypeError escaped both")
try:
    try:
        raise IndexError
    except IndexError:
        try:
            raise KeyError
        except KeyError:
            print("handled in nested handler")
        print("back in first handler")
except Exception:
    print("not reached")
print("done")

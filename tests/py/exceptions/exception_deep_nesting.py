# deeply nested try statements each catching a different type
def run(exc):
    path = []
    try:
        try:
            try:
                try:
                    raise exc
                except KeyError:
                    path.append("KeyError")
            except IndexError:
                path.append("IndexError")
        except ValueError:
            path.append("ValueError")
    except Exception as e:
        path.append("Exception " + type(e).__name__)
    return path
for exc in (KeyError, IndexError, ValueError, TypeError):
    print(run(exc))

# several except clauses and tuples of exception types
def run(exc):
    try:
        if exc:
            raise exc
        return "nothing raised"
    except (TypeError, ValueError) as e:
        return "tuple " + type(e).__name__
    except IndexError:
        return "IndexError clause"
    except LookupError as e:
        return "LookupError clause " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [None, TypeError, ValueError("v"), IndexError, KeyError("k"), RuntimeError, ZeroDivisionError]:
    print(run(exc))
types = (AttributeError, NameError)
try:
    undefined_variable_xyz
except types as e:
    print("caught via tuple variable", type(e).__name__)

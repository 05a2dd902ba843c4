# return in finally overrides a return or an exception from try
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow_exception())
def return_value_evaluated_first():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")
print(return_value_evaluated_first())
def finally_sees_local():
    n = 1
    try:
        n = 2
        return n
    finally:
        n = 3
        print("finally n", n)
print(finally_sees_local())
def except_then_finally():
    try:
        raise KeyError
    except KeyError:
        return "except"
    finally:
        print("finally after except return")
print(except_then_finally())

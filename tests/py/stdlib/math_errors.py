# math domain and range errors (overflow is ValueError in MicroPython, OverflowError in CPython)
import math
cases = [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.asin, (-2,)),
         (math.factorial, (-1,)), (math.log10, (0,)), (math.acosh, (0.5,)), (math.atanh, (1,)),
         (math.fmod, (1, 0)), (math.gamma, (0,)), (math.gamma, (-2,))]
for f, a in cases:
    try:
        f(*a)
        print("no error")
    except ValueError:
        print("ValueError")
for f, a in [(math.exp, (1000,)), (math.pow, (10.0, 400))]:
    try:
        f(*a)
        print("no error")
    except (OverflowError, ValueError):
        # CPython raises OverflowError, MicroPython ValueError("math domain error")
        print("error")
try:
    math.sqrt("x")
except TypeError:
    print("TypeError")
try:
    math.floor(math.inf)
except OverflowError:
    print("OverflowError floor")
try:
    math.floor(math.nan)
except ValueError:
    print("ValueError floor")
try:
    math.factorial(2.5)
except (TypeError, ValueError):
    print("error factorial float")

# math.isclose with default and explicit tolerances
import math
print(math.isclose(1.0, 1.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(-1e-12, 1e-12, abs_tol=1e-11))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError:
    print("ValueError")

# math constants
import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan != math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf))

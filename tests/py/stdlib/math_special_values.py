# math functions on infinities, nan, signed zero
import math
inf, nan = math.inf, math.nan
print(math.exp(-inf), math.exp(inf), math.atan(inf), math.atan(-inf), math.tanh(inf))
print(math.sqrt(inf), math.log(inf), math.isnan(math.sin(nan)), math.isnan(math.sqrt(nan)))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.fabs(-inf))
print(math.modf(inf), math.frexp(0.0), math.ldexp(0.0, 5))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0), math.atan2(inf, inf))
print(math.ceil(-0.5), math.floor(0.5), math.trunc(-0.9))
print(math.pow(1, nan), math.pow(nan, 0), math.pow(0.0, 0))

# time.gmtime/localtime field by field and mktime round trips, for dates from the epoch on (no time zone: UTC).
import time

for t in (0, 1, 59, 86399, 86400, 951782400, 951868800, 978307199, 1234567890, 2147483647, 4102444800):
    g = tuple(time.gmtime(t))
    print(t, g[:8])
for t in (0, 3600 * 25 + 61, 1700000000):
    print(tuple(time.gmtime(t))[:6] == tuple(time.gmtime(float(t)))[:6])
print(len(tuple(time.gmtime(0))) >= 8)
print(time.gmtime(0)[0] in (1970, 2000))

# expected: hand-written (CPython has no u-prefixed module names)
# the u-prefixed names import the same modules
import json, ujson, re, ure, collections, ucollections, random, urandom, heapq, uheapq
import array, uarray, math, cmath, select, uselect
print(ujson.dumps([1]) == json.dumps([1]))
print(ure.match("a", "a").group(0))
print(ucollections.deque is collections.deque, ucollections.namedtuple is collections.namedtuple)
print(urandom.getrandbits(1) in (0, 1), uheapq.heappop([1]))
print(list(uarray.array("b", [1])))
print(hasattr(uselect, "poll"))
import deflate, udeflate, platform, uplatform, io, uio
import ucmath, umath
print(udeflate is deflate, uplatform is platform, uio is io, ucmath is cmath)
print(ucmath.sqrt(-4), umath.sqrt(4), udeflate.GZIP)

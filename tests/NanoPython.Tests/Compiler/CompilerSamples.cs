namespace NanoPython.Tests.Compiler;

/// <summary>Python programs covering the grammar: compiled by the acceptance, stack-depth and fuzz tests.</summary>
internal static class CompilerSamples
{
    /// <summary>The sample programs.</summary>
    public static readonly string[] Programs =
    {
        @"import sys, os.path as osp
import a.b.c
from . import x
from ..pkg.mod import (name1 as n1, name2,)
from micropython import const
_A = const(10)
B = const(_A * 2 + 1)
print(_A, B)

def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """"""doc""""""
    global g
    g = a + b
    x: int = 5
    y: int
    return a, b, c, args, d, e, kw

async def co(x):
    await x
    async with x as y, x:
        pass
    async for i in x:
        print(i)
    else:
        pass

@dec
@dec2(1)
class C(Base, metaclass=Meta, *bases, **kws):
    attr = 1
    def m(self, v):
        super().m(v)
        return __class__
    @staticmethod
    def s(): return [i * j for i in range(3) for j in range(i) if i if j]

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    class K:
        y = x
        def g(self): return x
    return inner, K

def gen():
    yield 1
    y = yield
    yield from range(3)
    return 5

def tryit():
    try:
        a = 1
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        print(""else"")
    finally:
        print(""fin"")
    for i in range(10):
        try:
            if i: break
            continue
        finally:
            print(i)
    while True:
        with open(""f"") as fp, open(""g""):
            return fp.read()

lam = lambda x, *y, z=1, **k: (x, y, z, k)
d = {1: 2, **{3: 4}, 'k': [*a, *b], 's': {1, 2, *c}}
t = (1, 2, (3, 4.5), -1, 'x' * 3, 2 ** 10, not 0, 1 and 2, 0 or 'z')
s = a[1:2, ::3, ...]
s2 = a[::-1]
del a[0], b.c, (d, e)
a, *b, c = range(10)
[x, (y, z)] = 1, (2, 3)
x = y = z = 0
x += 1; y.attr *= 2; z[0] //= 3; x @= m; x **= 2
f(*args, **kwargs)
f(1, 2, *a, k=3, **b, j=4)
obj.meth(1, k=2)
print(f""{x!r:>{w}.{p}f} {y=} {{}} {z = !s:^10}"" 'tail' f'{q}')
print(rb'\d' + b""\x00"" + B'abc')
v = 1 if x else 2
w = (n := 10) + n
assert x > 0, ""msg""
assert y
print(1 < 2 < 3, a is not b, a not in b)
print(0x_FF, 0o17, 0b1010, 1_000_000, 1.5e-3, 1., .5, 3j, 1.5J, 12345678901234567890123)
gen2 = (i for i in range(5))
sc = {i for i in range(3)}
dc = {k: v for k, v in items()}
if x:
    pass
elif y:
    pass
else:
    pass
while x:
    x -= 1
    if x == 5: break
else:
    print(""done"")
for i, j in enumerate(z):
    print(i)
else:
    print(""no break"")
raise ValueError(""x"") from None
",
        @"class Node:
    __slots__ = (""value"", ""next"")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __iter__(self):
        node = self
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self):
        return ""Node(%r)"" % (self.value,)


def build(n):
    head = None
    for i in range(n, 0, -1):
        head = Node(i, head)
    return head


def total(head, *, start=0):
    s = start
    for v in head:
        s += v
    return s


print(total(build(10)), list(build(3)), [repr(n) for n in [Node(1)]])
",
        @"def fib_memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib

f = fib_memo()
print([f(i) for i in range(20)])

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
c(); c(5)
print(c())
",
        @"import sys

def parse(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(""#""):
            continue
        key, _, value = line.partition(""="")
        try:
            value = int(value)
        except ValueError:
            try:
                value = float(value)
            except ValueError as e:
                value = value.strip()
        finally:
            out.append((key.strip(), value))
    return dict(out)

cfg = parse(""""""
# comment
a = 1
b = 2.5
c = hello
"""""")
for k in sorted(cfg):
    print(k, cfg[k], type(cfg[k]).__name__)
if len(sys.argv) > 5:
    raise SystemExit(1)
",
        @"class Base:
    def greet(self, name=""world""):
        return ""hello "" + name

class Derived(Base):
    def greet(self, name=""there""):
        s = super().greet(name)
        return s.upper()

    @property
    def size(self):
        return len(self.greet())

    @classmethod
    def make(cls, *args, **kwargs):
        return cls(*args, **kwargs)

d = Derived.make()
print(d.greet(), d.size, isinstance(d, Base))

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns[""tag""] = kw.get(""tag"", None)
        return super().__new__(mcs, name, bases, ns)

class Tagged(metaclass=Meta, tag=""x""):
    pass
",
        @"def matrix(n, m):
    return [[i * m + j for j in range(m)] for i in range(n)]

def transpose(rows):
    return list(map(list, zip(*rows)))

mx = matrix(3, 4)
print(transpose(mx))
print({i: {j for j in range(i)} for i in range(4)})
print(sum(x * x for x in range(10) if x % 2), any(y > 3 for y in (1, 2, 5)))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: (kv[1], kv[0]), reverse=True))
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
first, *rest = ""hello""
*init, last = [1, 2, 3]
print(first, rest, init, last)
x = [1, 2, 3, 4, 5, 6]
print(x[1:-1], x[::2], x[-1::-2], x[:], x[slice(1, 3)])
x[1:3] = [9, 9, 9]
del x[::2]
",
        @"import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        if item is None:
            break
        async with lock:
            print(name, item)
        await asyncio.sleep(0)
    return name

async def main():
    results = []
    async for x in agen():
        results.append(x)
    try:
        await asyncio.wait_for(worker(""a"", q), 1)
    except asyncio.TimeoutError:
        pass
    return results
",
        @"def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            print(""<"" + tag + "">"")
            try:
                return fn(*a, **k)
            finally:
                print(""</"" + tag + "">"")
        return inner
    return wrap

@deco(""b"")
@deco(""i"")
def hello(who, /, punct=""!"", *, times=1):
    return (""hi "" + who + punct) * times

print(hello(""bob"", times=2))

def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(""closed"")
        raise
    finally:
        print(""cleanup"")

for v in g():
    print(v)
    break

def flow(n):
    for i in range(n):
        with ctx() as c:
            if i == 2:
                continue
            if i == 4:
                return i
            try:
                pass
            except Exception:
                break
    else:
        return -1
    while n:
        n -= 1
        try:
            if n == 3:
                break
        finally:
            n -= 0
    return n
",
        @"x = 10
def scope_test():
    global x
    x = 20
    y = [x for _ in range(2)]
    z = [(w := i) for i in range(3)]
    return y, z, w

class K:
    a = 1
    b = [a for _ in range(1)] if False else None
    c = (lambda: a)

print(f""{x:>5}|{x!r:<5}|{'q'}|{3.14159:.2f}|{x=}|{ {1: 2}[1] }|{[1,2][0]}"")
print(f""""""multi
{x}
line"""""", rf""\n{x}"", F""{x:{x}}"")
s = 'a' 'b' ""c"" '''d''' """"""e""""""
b = b'a' B""b"" rb'\c'
n = 0b1_0 + 0o7_7 + 0xf_f + 1_0.0_1 + 1e1_0
u = 'é' + '\u00e9' + '\U0001F600' + '\x41' + '\101' + '\q' if False else 'z'
",
        @"try:
    import foo
except ImportError:
    foo = None
else:
    pass

def f():
    return

def g(a, b):
    assert a != b, (a, b)
    if a: pass
    elif b: return 1
    else: return 2
    return a if b else (b if a else None)

def h(*args, **kwargs):
    return len(args) + len(kwargs) or not args and kwargs

print(-1, +2, ~3, not 4, 2 ** -1, 7 // 2, 7 % 3, 1 << 4, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3)
print(1 == 1, 1 != 2, 1 < 2 <= 2 > 1 >= 1, 1 in [1], 1 not in [], None is None, 1 is not None)
print(1.5 + 2, 3 * 'ab', (1, 2) + (3,), [0] * 3, 'x' + 'y')
lst = []
lst.append(1); lst.extend([2, 3]); lst += [4]
d = {}
d['a'] = d.get('a', 0) + 1
d.setdefault('b', []).append(2)
",
    };
}

using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>Device tests of generators: iteration, send, throw, close, yield from and StopIteration.value.</summary>
    [TestClass]
    public class GeneratorTests
    {
        [TestMethod]
        public void Generators_Iterate_Lazily()
        {
            Assert.AreEqual("[0, 1, 4, 9] 285 [0, 1, 2]\n", Py.Run(
                "def sq(n):\n    for i in range(n):\n        yield i * i\n" +
                "def nat():\n    n = 0\n    while True:\n        yield n\n        n += 1\n" +
                "g = nat()\nprint(list(sq(4)), sum(x * x for x in range(10)), [next(g) for _ in range(3)])"));
        }

        [TestMethod]
        public void Generators_Send_ResumesWithAValue()
        {
            Assert.AreEqual("0 10 30\n", Py.Run(
                "def acc():\n    total = 0\n    while True:\n        v = yield total\n        total += v\n" +
                "a = acc()\nprint(next(a), a.send(10), a.send(20))"));
        }

        [TestMethod]
        public void Generators_ThrowAndClose_RunHandlers()
        {
            Assert.AreEqual("caught ValueError 1 closed\n", Py.Run(
                "def g():\n    try:\n        yield 0\n    except ValueError:\n        print('caught ValueError', end=' ')\n        yield 1\n" +
                "    finally:\n        print('closed')\nx = g()\nnext(x)\nprint(x.throw(ValueError), end=' ')\nx.close()"));
        }

        [TestMethod]
        public void Generators_YieldFrom_ReturnsTheValue()
        {
            Assert.AreEqual("[1, 2] r 5\n", Py.Run(
                "def inner():\n    yield 1\n    yield 2\n    return 'r'\n" +
                "def outer(out):\n    v = yield from inner()\n    out.append(v)\n" +
                "o = []\nitems = list(outer(o))\ndef f():\n    return 5\n    yield\n" +
                "try:\n    next(f())\nexcept StopIteration as e:\n    print(items, o[0], e.value)"));
        }

        [TestMethod]
        public void Generators_Running_RaisesValueError()
        {
            Assert.AreEqual("ValueError: generator already executing", Py.Error("def g():\n    yield next(me)\nme = g()\nnext(me)"));
        }
    }
}

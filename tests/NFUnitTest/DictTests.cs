using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>Device tests of dict: insertion order, growth, deletion, mixed keys, views and errors.</summary>
    [TestClass]
    public class DictTests
    {
        [TestMethod]
        public void Dict_InsertionOrder_SurvivesDeleteAndReinsert()
        {
            Assert.AreEqual("['b', 'c', 'a'] {'b': 2, 'c': 3, 'a': 4}\n", Py.Run(
                "d = {'a': 1, 'b': 2, 'c': 3}\ndel d['a']\nd['a'] = 4\nprint(list(d), d)"));
        }

        [TestMethod]
        public void Dict_Growth_KeepsEveryEntry()
        {
            Assert.AreEqual("500 124750 True 0\n", Py.Run(
                "d = {}\nfor i in range(500):\n    d[i] = i\nprint(len(d), sum(d.values()), all(d[k] == k for k in d), " +
                "len([k for k in range(500) if k not in d]))"));
        }

        [TestMethod]
        public void Dict_MixedKeys_EqualNumbersAreOneKey()
        {
            Assert.AreEqual("({1: 'c', 'a': 'b', (1, 2): 'd', None: 'e'}, 3)", Py.Eval(
                "(lambda d: (d, len({1: 0, 1.0: 1, True: 2, 2: 3, 2.0: 4, 'x': 5})))({1: 'a', 'a': 'b', True: 'c', (1, 2): 'd', None: 'e'})"));
        }

        [TestMethod]
        public void Dict_Methods_MatchCPython()
        {
            Assert.AreEqual("0 [1, 2] 5 {'x': 1, 'z': 9} ('x', 1) {} 7\n", Py.Run(
                "d = {'x': 1, 'y': 2}\nprint(d.get('q', 0), sorted(d.values()), d.setdefault('z', 5), end=' ')\n" +
                "d.pop('y')\nd.update(z=9)\nprint(d, end=' ')\nprint(d.popitem() and next(iter(d.items())), end=' ')\n" +
                "d.clear()\nprint(d, {}.get(1, 7))"));
        }

        [TestMethod]
        public void Dict_MissingKey_RaisesKeyError()
        {
            Assert.AreEqual("KeyError: 'nope'", Py.Error("{}['nope']"));
            Assert.StartsWith("TypeError: unhashable type", Py.Error("{[1]: 2}"));
        }
    }
}

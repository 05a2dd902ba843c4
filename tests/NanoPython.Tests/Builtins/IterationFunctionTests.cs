using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Builtins;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class IterationFunctionTests
    {
        [TestMethod]
        public void Next_Default_ReturnedWhenExhausted()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject it = h.Call("iter", Ints(1));
            Assert.AreEqual(1L, ((PyInt)h.Call("next", it)).Value);
            Assert.AreSame(PyNone.Value, h.Call("next", it, PyNone.Value));
            Assert.AreEqual("StopIteration: ", h.Raises(() => h.Call("next", it)));
            Assert.AreEqual("TypeError: 'list' object is not an iterator", h.Raises(() => h.Call("next", Ints())));
        }

        [TestMethod]
        public void Iter_Sentinel_CallsUntilEqual()
        {
            BuiltinsHost h = new BuiltinsHost();
            int n = 0;
            PyObject counter = Fn("counter", a => I(++n));
            Assert.AreEqual("[1, 2, 3]", h.ListRepr(h.Call("iter", counter, I(4))));
            Assert.AreEqual("TypeError: iter(v, w): v must be callable", h.Raises(() => h.Call("iter", I(1), I(2))));
        }

        [TestMethod]
        public void AllAny_ShortCircuit()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreSame(PyBool.True, h.Call("all", Ints()));
            Assert.AreSame(PyBool.False, h.Call("all", Ints(1, 0, 2)));
            Assert.AreSame(PyBool.False, h.Call("any", Ints()));
            Assert.AreSame(PyBool.True, h.Call("any", L(PyNone.Value, S("x"))));
            int calls = 0;
            PyObject gen = h.Call("map", Fn("f", a => { calls++; return a[0]; }), Ints(0, 1, 0, 0));
            h.Call("any", gen);
            Assert.AreEqual(2, calls);
        }

        [TestMethod]
        public void Enumerate_Start_CountsFromIt()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("[(0, 'a'), (1, 'b')]", h.ListRepr(h.Call("enumerate", S("ab"))));
            Assert.AreEqual("[(5, 'a'), (6, 'b')]", h.ListRepr(h.CallKw("enumerate", new PyObject[] { S("ab") }, "start", I(5))));
            Assert.AreSame(BuiltinTypes.Enumerate, h.Call("enumerate", Ints()).Type);
            Assert.StartsWith("TypeError", h.Raises(() => h.Call("enumerate", Ints(), S("a"))));
        }

        [TestMethod]
        public void Zip_Shortest_StopsAndStrictChecks()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("[(1, 'a'), (2, 'b')]", h.ListRepr(h.Call("zip", Ints(1, 2, 3), S("ab"))));
            Assert.AreEqual("[]", h.ListRepr(h.Call("zip")));
            Assert.AreEqual("[(1,), (2,)]", h.ListRepr(h.Call("zip", Ints(1, 2))));
            Assert.AreEqual("ValueError: zip() argument 2 is shorter than argument 1", h.Raises(() => h.ListRepr(h.CallKw("zip", new PyObject[] { Ints(1, 2), Ints(1) }, "strict", PyBool.True))));
            Assert.AreEqual("ValueError: zip() argument 3 is longer than arguments 1-2", h.Raises(() => h.ListRepr(h.CallKw("zip", new PyObject[] { Ints(1), Ints(1), Ints(1, 2) }, "strict", PyBool.True))));
            Assert.AreEqual("[(1, 1)]", h.ListRepr(h.CallKw("zip", new PyObject[] { Ints(1), Ints(1) }, "strict", PyBool.True)));
        }

        [TestMethod]
        public void Map_SeveralIterables_StopsAtShortest()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject add = Fn("add", a => Ops.Binary(h.Ip, BinaryOp.Add, a[0], a[1]));
            Assert.AreEqual("[11, 22]", h.ListRepr(h.Call("map", add, Ints(1, 2, 3), Ints(10, 20))));
            Assert.AreEqual("TypeError: map() must have at least two arguments.", h.Raises(() => h.Call("map", add)));
        }

        [TestMethod]
        public void Filter_NoneFunction_KeepsTruthy()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("[1, 'a']", h.ListRepr(h.Call("filter", PyNone.Value, L(I(0), I(1), S(""), S("a"), PyNone.Value))));
            PyObject odd = Fn("odd", a => PyBool.Of(((PyInt)a[0]).Value % 2 == 1));
            Assert.AreEqual("[1, 3]", h.ListRepr(h.Call("filter", odd, Ints(1, 2, 3, 4))));
        }

        [TestMethod]
        public void Reversed_Sequences_IterateBackwards()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("[3, 2, 1]", h.ListRepr(h.Call("reversed", Ints(1, 2, 3))));
            Assert.AreEqual("['b', 'a']", h.ListRepr(h.Call("reversed", T(S("a"), S("b")))));
            Assert.AreEqual("['c', 'b', 'a']", h.ListRepr(h.Call("reversed", S("abc"))));
            Assert.AreEqual("b|\U0001F600|é", h.Join(h.Call("reversed", S("é\U0001F600b"))));
            Assert.AreEqual("[8, 5, 2]", h.ListRepr(h.Call("reversed", h.Call("range", I(2), I(10), I(3)))));
            Assert.AreEqual("[]", h.ListRepr(h.Call("reversed", h.Call("range", I(0)))));
            Assert.AreEqual("TypeError: 'set' object is not reversible", h.Raises(() => h.Call("reversed", h.Call("set"))));
            Assert.AreEqual("TypeError: 'int' object is not reversible", h.Raises(() => h.Call("reversed", I(1))));
        }

        [TestMethod]
        public void Reversed_ListShrinking_Stops()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(1, 2, 3);
            PyObject it = h.Call("reversed", l);
            Assert.AreEqual(3L, ((PyInt)h.Call("next", it)).Value);
            h.Method(l, "clear");
            Assert.AreSame(PyNone.Value, h.Call("next", it, PyNone.Value));
        }

        [TestMethod]
        public void Reversed_Dict_KeysValuesItems()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyDict d = new PyDict();
            d.Set(h.Ip, S("a"), I(1));
            d.Set(h.Ip, S("b"), I(2));
            d.Set(h.Ip, S("c"), I(3));
            d.Remove(h.Ip, S("b"));
            Assert.AreEqual("['c', 'a']", h.ListRepr(h.Call("reversed", d)));
            Assert.AreEqual("[3, 1]", h.ListRepr(h.Call("reversed", h.Method(d, "values"))));
            Assert.AreEqual("[('c', 3), ('a', 1)]", h.ListRepr(h.Call("reversed", h.Method(d, "items"))));
            PyObject it = h.Call("reversed", d);
            d.Set(h.Ip, S("z"), I(0));
            Assert.AreEqual("RuntimeError: dictionary changed size during iteration", h.Raises(() => h.Call("next", it)));
        }

        [TestMethod]
        public void IteratorTypes_HaveDunderNext()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject it = h.Call("iter", Ints(7));
            Assert.AreEqual(7L, ((PyInt)h.Method(it, "__next__")).Value);
            Assert.AreEqual("StopIteration: ", h.Raises(() => h.Method(it, "__next__")));
            PyObject z = h.Call("zip", Ints(1));
            Assert.AreSame(z, h.Method(z, "__iter__"));
        }
    }
}

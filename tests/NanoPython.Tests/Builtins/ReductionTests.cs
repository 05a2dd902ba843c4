using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class ReductionTests
    {
        [TestMethod]
        public void Sum_Ints_AddsWithStart()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("6", h.Repr(h.Call("sum", Ints(1, 2, 3))));
            Assert.AreEqual("16", h.Repr(h.Call("sum", Ints(1, 2, 3), I(10))));
            Assert.AreEqual("16", h.Repr(h.CallKw("sum", new PyObject[] { Ints(1, 2, 3) }, "start", I(10))));
            Assert.AreEqual("2", h.Repr(h.Call("sum", L(PyBool.True, PyBool.True))));
            Assert.AreEqual("0", h.Repr(h.Call("sum", Ints())));
        }

        [TestMethod]
        public void Sum_IntsThenFloats_SwitchesToFloat()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject r = h.Call("sum", L(I(1), new PyFloat(0.5), I(2), new PyFloat(0.25)));
            Assert.AreEqual(3.75, ((PyFloat)r).Value);
            Assert.AreEqual(1.5, ((PyFloat)h.Call("sum", L(I(1)), new PyFloat(0.5))).Value);
        }

        [TestMethod]
        public void Sum_NonNumbers_UsesAdd()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("[1, 2, 3]", h.Repr(h.Call("sum", L(Ints(1), Ints(2, 3)), Ints())));
            Assert.AreEqual("(1, 2)", h.Repr(h.Call("sum", L(T(I(1)), T(I(2))), PyTuple.Empty)));
        }

        [TestMethod]
        public void Sum_StrStart_RaisesTypeError()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("TypeError: sum() can't sum strings [use ''.join(seq) instead]", h.Raises(() => h.Call("sum", Ints(), S(""))));
            Assert.StartsWith("TypeError: unsupported operand", h.Raises(() => h.Call("sum", L(S("a")))));
            Assert.StartsWith("TypeError", h.Raises(() => h.Call("sum")));
        }

        [TestMethod]
        public void MinMax_IterableAndArgs_FirstExtremeWins()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("1", h.Repr(h.Call("min", Ints(3, 1, 2))));
            Assert.AreEqual("3", h.Repr(h.Call("max", I(3), I(1), I(2))));
            PyObject key = Fn("k", a => I(((PyTuple)a[0]).Items[0] is PyInt p ? p.Value : 0));
            PyList pairs = L(T(I(1), S("a")), T(I(2), S("b")), T(I(2), S("c")), T(I(1), S("d")));
            Assert.AreEqual("(2, 'b')", h.Repr(h.CallKw("max", new PyObject[] { pairs }, "key", key)));
            Assert.AreEqual("(1, 'a')", h.Repr(h.CallKw("min", new PyObject[] { pairs }, "key", key)));
        }

        [TestMethod]
        public void MinMax_Empty_DefaultOrValueError()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("'d'", h.Repr(h.CallKw("min", new PyObject[] { Ints() }, "default", S("d"))));
            Assert.AreEqual("ValueError: max() arg is an empty sequence", h.Raises(() => h.Call("max", Ints())));
            Assert.AreEqual("TypeError: min expected at least 1 argument, got 0", h.Raises(() => h.Call("min")));
            Assert.AreEqual("TypeError: Cannot specify a default for max() with multiple positional arguments", h.Raises(() => h.CallKw("max", new PyObject[] { I(1), I(2) }, "default", I(0))));
            Assert.StartsWith("TypeError: '<' not supported", h.Raises(() => h.Call("min", I(1), S("a"))));
        }

        [TestMethod]
        public void Sorted_KeyReverse_Stable()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject first = Fn("first", a => ((PyTuple)a[0]).Items[0]);
            PyList pairs = L(T(I(2), S("a")), T(I(1), S("b")), T(I(2), S("c")), T(I(1), S("d")));
            Assert.AreEqual("[(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]", h.Repr(h.CallKw("sorted", new PyObject[] { pairs }, "key", first)));
            Assert.AreEqual("[(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]", h.Repr(h.CallKw("sorted", new PyObject[] { pairs }, "key", first, "reverse", PyBool.True)));
            Assert.AreEqual("[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')]", h.Repr(pairs));
            Assert.AreEqual("TypeError: sorted expected 1 argument, got 2", h.Raises(() => h.Call("sorted", Ints(), Ints())));
        }
    }
}

using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class RangeSliceTests
    {
        [TestMethod]
        public void Range_Constructor_Forms()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("range(0, 5)", h.Repr(h.Call("range", I(5))));
            Assert.AreEqual("range(2, 5)", h.Repr(h.Call("range", I(2), I(5))));
            Assert.AreEqual("[10, 7, 4]", h.ListRepr(h.Call("range", I(10), I(2), I(-3))));
            Assert.AreEqual("range(0, 1)", h.Repr(h.Call("range", PyBool.True)));
            Assert.AreEqual("ValueError: range() arg 3 must not be zero", h.Raises(() => h.Call("range", I(1), I(2), I(0))));
            Assert.AreEqual("TypeError: range expected at least 1 argument, got 0", h.Raises(() => h.Call("range")));
            Assert.AreEqual("TypeError: range expected at most 3 arguments, got 4", h.Raises(() => h.Call("range", I(1), I(2), I(3), I(4))));
            Assert.AreEqual("TypeError: 'float' object cannot be interpreted as an integer", h.Raises(() => h.Call("range", new PyFloat(1.5))));
            Assert.AreEqual("TypeError: range() takes no keyword arguments", h.Raises(() => h.CallKw("range", new PyObject[] { I(1) }, "step", I(1))));
        }

        [TestMethod]
        public void Range_Index_UsesDunderIndex()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("Idx", new PyObject[0], "__index__", new HostMethod(a => I(3)));
            Assert.AreEqual("range(0, 3)", h.Repr(h.Call("range", Ops.Call0(h.Ip, c))));
        }

        [TestMethod]
        public void Range_CountIndex()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject r = h.Call("range", I(0), I(20), I(5));
            Assert.AreEqual("2", h.Repr(h.Method(r, "index", I(10))));
            Assert.AreEqual("1", h.Repr(h.Method(r, "count", I(15))));
            Assert.AreEqual("0", h.Repr(h.Method(r, "count", I(3))));
            Assert.AreEqual("1", h.Repr(h.Method(r, "count", new PyFloat(5.0))));
            Assert.AreEqual("1", h.Repr(h.Method(h.Call("range", I(3)), "index", PyBool.True)));
            Assert.AreEqual("ValueError: 3 is not in range", h.Raises(() => h.Method(r, "index", I(3))));
            Assert.AreEqual("[15, 10, 5, 0]", h.ListRepr(h.Method(r, "__reversed__")));
        }

        [TestMethod]
        public void Slice_ConstructorAndIndices()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("slice(None, 3, None)", h.Repr(h.Call("slice", I(3))));
            Assert.AreEqual("slice(1, 3, None)", h.Repr(h.Call("slice", I(1), I(3))));
            Assert.AreEqual("(1, 5, 2)", h.Repr(h.Method(h.Call("slice", I(1), I(100), I(2)), "indices", I(5))));
            Assert.AreEqual("(4, -1, -1)", h.Repr(h.Method(h.Call("slice", PyNone.Value, PyNone.Value, I(-1)), "indices", I(5))));
            Assert.AreEqual("ValueError: length should not be negative", h.Raises(() => h.Method(h.Call("slice", I(1)), "indices", I(-1))));
            Assert.AreEqual("TypeError: slice expected at least 1 argument, got 0", h.Raises(() => h.Call("slice")));
        }
    }
}

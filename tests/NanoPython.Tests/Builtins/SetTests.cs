using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class SetTests
    {
        [TestMethod]
        public void Set_Constructors()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("set()", h.Repr(h.Call("set")));
            Assert.AreEqual("{1, 2, 3}", h.Repr(h.Call("set", Ints(3, 1, 2, 1))));
            Assert.AreEqual("frozenset({1, 2})", h.Repr(h.Call("frozenset", Ints(1, 2))));
            PyObject f = h.Call("frozenset", Ints(1));
            Assert.AreSame(f, h.Call("frozenset", f));
            Assert.AreEqual("TypeError: set() takes no keyword arguments", h.Raises(() => h.CallKw("set", new PyObject[0], "a", I(1))));
            Assert.AreEqual("TypeError: unhashable type: 'list'", h.Raises(() => h.Call("set", L(Ints()))));
        }

        [TestMethod]
        public void Set_AddRemoveDiscardPopClear()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject s = h.Call("set");
            h.Method(s, "add", I(1));
            h.Method(s, "add", I(2));
            h.Method(s, "add", I(1));
            Assert.AreEqual("{1, 2}", h.Repr(s));
            h.Method(s, "remove", I(1));
            Assert.AreEqual("KeyError: 1", h.Raises(() => h.Method(s, "remove", I(1))));
            h.Method(s, "discard", I(1));
            Assert.AreEqual("2", h.Repr(h.Method(s, "pop")));
            Assert.AreEqual("KeyError: 'pop from an empty set'", h.Raises(() => h.Method(s, "pop")));
            h.Method(s, "add", I(5));
            h.Method(s, "clear");
            Assert.AreEqual("set()", h.Repr(s));
            PyObject ss = h.Call("set", L(h.Call("frozenset", Ints(1))));
            h.Method(ss, "remove", h.Call("set", Ints(1)));
            Assert.AreEqual("set()", h.Repr(ss));
        }

        [TestMethod]
        public void Set_Algebra_AnyIterables()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject s = h.Call("set", Ints(1, 2, 3));
            Assert.AreEqual("{1, 2, 3, 4, 5}", h.Repr(h.Method(s, "union", Ints(4), T(I(5)))));
            Assert.AreEqual("{2}", h.Repr(h.Method(s, "intersection", Ints(2, 3, 9), Ints(2))));
            Assert.AreEqual("{1}", h.Repr(h.Method(s, "difference", Ints(2), Ints(3))));
            Assert.AreEqual("{1, 4}", h.Repr(h.Method(s, "symmetric_difference", Ints(2, 3, 4))));

            // CPython's order: a copy of the argument, then the receiver's elements toggled (1 lands after 9).
            Assert.AreEqual("{9, 1}", h.Repr(h.Method(h.Call("set", Ints(1, 2)), "symmetric_difference", Ints(2, 9))));
            Assert.AreEqual("{1, 2, 3}", h.Repr(h.Method(s, "union")));
            Assert.AreEqual("frozenset({1, 2, 9})", h.Repr(h.Method(h.Call("frozenset", Ints(1, 2)), "union", Ints(9))));
            Assert.AreSame(PyBool.True, h.Method(h.Call("set", Ints(1)), "issubset", Ints(1, 2)));
            Assert.AreSame(PyBool.True, h.Method(s, "issuperset", Ints(1, 3)));
            Assert.AreSame(PyBool.False, h.Method(s, "isdisjoint", Ints(3, 7)));
            Assert.AreSame(PyBool.True, h.Method(s, "isdisjoint", Ints()));
        }

        [TestMethod]
        public void Set_InPlaceUpdates()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject s = h.Call("set", Ints(1, 2, 3));
            h.Method(s, "update", Ints(4), Ints(5));
            h.Method(s, "intersection_update", Ints(1, 2, 3, 4, 6), Ints(2, 3, 4));
            Assert.AreEqual("{2, 3, 4}", h.Repr(s));
            h.Method(s, "difference_update", Ints(2));
            h.Method(s, "symmetric_difference_update", Ints(3, 9));
            Assert.AreEqual("{9, 4}", h.Repr(s));
            h.Method(s, "difference_update", s);
            Assert.AreEqual("set()", h.Repr(s));
            PyObject t = h.Call("set", Ints(1));
            h.Method(t, "symmetric_difference_update", t);
            Assert.AreEqual("set()", h.Repr(t));
            Assert.StartsWith("TypeError", h.Raises(() => h.Method(t, "symmetric_difference_update", Ints(), Ints())));
        }

        [TestMethod]
        public void Set_Dunders_CallSlots()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject s = h.Call("set", Ints(1, 2));
            Assert.AreEqual("{1, 2, 3}", h.Repr(h.Method(s, "__or__", h.Call("set", Ints(3)))));
            Assert.AreSame(PyNotImplemented.Value, h.Method(s, "__or__", Ints(3)));
            Assert.AreSame(s, h.Method(s, "__iand__", h.Call("set", Ints(2))));
            Assert.AreEqual("{2}", h.Repr(s));
            Assert.AreSame(PyBool.True, h.Method(s, "__le__", h.Call("set", Ints(2, 3))));
            PyObject f = h.Call("frozenset", Ints(1));
            Assert.AreEqual(h.Repr(h.Call("hash", f)), h.Repr(h.Method(f, "__hash__")));
            Assert.AreEqual("AttributeError: 'frozenset' object has no attribute 'add'", h.Raises(() => h.Method(f, "add", I(1))));
            Assert.AreEqual("AttributeError: 'frozenset' object has no attribute '__ior__'", h.Raises(() => h.Method(f, "__ior__", f)));
        }
    }
}

using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class DictTests
    {
        [TestMethod]
        public void Dict_Constructor_MappingPairsAndKeywords()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("{}", h.Repr(h.Call("dict")));
            PyObject d = h.CallKw("dict", new PyObject[] { L(T(S("a"), I(1)), L(S("b"), I(2)), S("cd")) }, "e", I(5));
            Assert.AreEqual("{'a': 1, 'b': 2, 'c': 'd', 'e': 5}", h.Repr(d));
            Assert.AreEqual("{'a': 1, 'b': 2, 'c': 'd', 'e': 5}", h.Repr(h.Call("dict", d)));
            Assert.AreEqual("TypeError: cannot convert dictionary update sequence element #0 to a sequence", h.Raises(() => h.Call("dict", Ints(1))));
            Assert.AreEqual("ValueError: dictionary update sequence element #1 has length 3; 2 is required", h.Raises(() => h.Call("dict", L(T(I(1), I(2)), T(I(1), I(2), I(3))))));
            Assert.AreEqual("TypeError: dict expected at most 1 argument, got 2", h.Raises(() => h.Call("dict", Ints(), Ints())));
        }

        [TestMethod]
        public void Dict_Constructor_ObjectWithKeys()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType m = h.Class("M", new PyObject[0],
                "keys", new HostMethod(a => Ints(1, 2)),
                "__getitem__", new HostMethod(a => Ops.Binary(h.Ip, BinaryOp.Multiply, a[1], I(10))));
            Assert.AreEqual("{1: 10, 2: 20}", h.Repr(h.Call("dict", Ops.Call0(h.Ip, m))));
        }

        [TestMethod]
        public void Dict_GetPopSetDefault()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.CallKw("dict", new PyObject[0], "a", I(1), "b", I(2));
            Assert.AreEqual("1", h.Repr(h.Method(d, "get", S("a"))));
            Assert.AreEqual("None", h.Repr(h.Method(d, "get", S("z"))));
            Assert.AreEqual("0", h.Repr(h.Method(d, "get", S("z"), I(0))));
            Assert.AreEqual("2", h.Repr(h.Method(d, "pop", S("b"))));
            Assert.AreEqual("'x'", h.Repr(h.Method(d, "pop", S("b"), S("x"))));
            Assert.AreEqual("KeyError: 'b'", h.Raises(() => h.Method(d, "pop", S("b"))));
            Assert.AreEqual("[]", h.Repr(h.Method(d, "setdefault", S("l"), Ints())));
            Assert.AreEqual("1", h.Repr(h.Method(d, "setdefault", S("a"), I(9))));
            Assert.AreEqual("None", h.Repr(h.Method(d, "setdefault", S("n"))));
            Assert.AreEqual("{'a': 1, 'l': [], 'n': None}", h.Repr(d));
        }

        [TestMethod]
        public void Dict_PopItem_IsLifo()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.Call("dict", L(T(I(1), S("a")), T(I(2), S("b"))));
            Assert.AreEqual("(2, 'b')", h.Repr(h.Method(d, "popitem")));
            Assert.AreEqual("(1, 'a')", h.Repr(h.Method(d, "popitem")));
            Assert.AreEqual("KeyError: 'popitem(): dictionary is empty'", h.Raises(() => h.Method(d, "popitem")));
        }

        [TestMethod]
        public void Dict_UpdateClearCopyFromKeys()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.Call("dict");
            h.MethodKw(d, "update", new PyObject[] { L(T(S("a"), I(1))) }, "b", I(2));
            h.Method(d, "update", h.Call("dict", L(T(S("a"), I(3)))));
            Assert.AreEqual("{'a': 3, 'b': 2}", h.Repr(d));
            PyObject c = h.Method(d, "copy");
            h.Method(d, "clear");
            Assert.AreEqual("{}", h.Repr(d));
            Assert.AreEqual("{'a': 3, 'b': 2}", h.Repr(c));
            Assert.AreEqual("{'x': None, 'y': None}", h.Repr(h.Method(PyTypes.Dict, "fromkeys", S("xy"))));
            Assert.AreEqual("{1: 0, 2: 0}", h.Repr(h.Method(c, "fromkeys", Ints(1, 2), I(0))));
            Assert.AreEqual("TypeError: update expected at most 1 argument, got 2", h.Raises(() => h.Method(d, "update", Ints(), Ints())));
        }

        [TestMethod]
        public void Dict_Dunders_CallSlots()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.Call("dict", L(T(S("a"), I(1))));
            h.Method(d, "__setitem__", S("b"), I(2));
            Assert.AreEqual("2", h.Repr(h.Method(d, "__getitem__", S("b"))));
            h.Method(d, "__delitem__", S("a"));
            Assert.AreEqual("KeyError: 'a'", h.Raises(() => h.Method(d, "__getitem__", S("a"))));
            Assert.AreSame(PyBool.True, h.Method(d, "__contains__", S("b")));
            Assert.AreEqual("1", h.Repr(h.Method(d, "__len__")));
            Assert.AreEqual("{'b': 2, 'c': 3}", h.Repr(h.Method(d, "__or__", h.Call("dict", L(T(S("c"), I(3)))))));
            Assert.AreSame(d, h.Method(d, "__ior__", h.Call("dict", L(T(S("c"), I(3))))));
            Assert.AreEqual("['c', 'b']", h.ListRepr(h.Method(d, "__reversed__")));
            Assert.AreSame(PyBool.False, h.Method(d, "__eq__", h.Call("dict")));
        }

        [TestMethod]
        public void DictViews_LenIterContainsRepr()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.Call("dict", L(T(S("a"), I(1)), T(S("b"), I(2))));
            PyObject k = h.Method(d, "keys");
            PyObject v = h.Method(d, "values");
            PyObject it = h.Method(d, "items");
            Assert.AreEqual("dict_keys(['a', 'b'])", h.Repr(k));
            Assert.AreEqual("dict_values([1, 2])", h.Repr(v));
            Assert.AreEqual("dict_items([('a', 1), ('b', 2)])", h.Repr(it));
            h.Method(d, "__setitem__", S("c"), I(3));
            Assert.AreEqual("3", h.Repr(h.Call("len", k)));
            Assert.AreEqual("['a', 'b', 'c']", h.ListRepr(k));
            Assert.IsTrue(Ops.Contains(h.Ip, k, S("c")));
            Assert.IsTrue(Ops.Contains(h.Ip, v, I(3)));
            Assert.IsTrue(Ops.Contains(h.Ip, it, T(S("a"), I(1))));
            Assert.IsFalse(Ops.Contains(h.Ip, it, T(S("a"), I(2))));
            Assert.IsFalse(Ops.Contains(h.Ip, it, S("a")));
            Assert.AreEqual("TypeError: unhashable type: 'dict_keys'", h.Raises(() => h.Call("hash", k)));
        }

        [TestMethod]
        public void DictViews_SetOperations()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.Call("dict", L(T(I(1), S("a")), T(I(2), S("b")), T(I(3), S("c"))));
            PyObject k = h.Method(d, "keys");
            PyObject s = h.Call("set", Ints(2, 3, 4));
            Assert.AreEqual("{2, 3}", h.Repr(Ops.Binary(h.Ip, BinaryOp.And, k, s)));
            Assert.AreEqual("{1, 2, 3, 4}", h.Repr(Ops.Binary(h.Ip, BinaryOp.Or, k, s)));
            Assert.AreEqual("{1}", h.Repr(Ops.Binary(h.Ip, BinaryOp.Subtract, k, s)));
            Assert.AreEqual("{1, 4}", h.Repr(Ops.Binary(h.Ip, BinaryOp.Xor, k, s)));
            Assert.AreEqual("{4}", h.Repr(Ops.Binary(h.Ip, BinaryOp.Subtract, Ints(2, 4), k)));
            Assert.AreEqual("{2, 3}", h.Repr(Ops.Binary(h.Ip, BinaryOp.And, s, k)));
            Assert.AreEqual("{(1, 'a')}", h.Repr(Ops.Binary(h.Ip, BinaryOp.And, h.Method(d, "items"), L(T(I(1), S("a")), T(I(2), S("x"))))));
            Assert.StartsWith("TypeError", h.Raises(() => Ops.Binary(h.Ip, BinaryOp.And, h.Method(d, "values"), s)));
        }

        [TestMethod]
        public void DictViews_CompareAsSets()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject d = h.Call("dict", L(T(I(1), S("a")), T(I(2), S("b"))));
            PyObject k = h.Method(d, "keys");
            Assert.IsTrue(Ops.Equal(h.Ip, k, h.Call("set", Ints(2, 1))));
            Assert.IsTrue(Ops.Equal(h.Ip, h.Call("set", Ints(2, 1)), k));
            Assert.IsFalse(Ops.Equal(h.Ip, k, Ints(1, 2)));
            Assert.IsTrue(Ops.IsTrue(h.Ip, Ops.RichCompare(h.Ip, CompareOp.Lt, k, h.Call("set", Ints(1, 2, 3)))));
            Assert.IsTrue(Ops.IsTrue(h.Ip, Ops.RichCompare(h.Ip, CompareOp.Ge, k, h.Call("set", Ints(1)))));
            PyObject d2 = h.Call("dict", L(T(I(2), S("b")), T(I(1), S("a"))));
            Assert.IsTrue(Ops.Equal(h.Ip, h.Method(d, "items"), h.Method(d2, "items")));
            Assert.IsFalse(Ops.Equal(h.Ip, h.Method(d, "values"), h.Method(d2, "values")));
            Assert.AreSame(PyBool.True, h.Method(k, "isdisjoint", Ints(5, 6)));
            Assert.AreSame(PyBool.False, h.Method(k, "isdisjoint", Ints(2)));
        }
    }
}

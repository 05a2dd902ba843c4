using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class ListTupleTests
    {
        [TestMethod]
        public void List_Constructor_FromIterables()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("[]", h.Repr(h.Call("list")));
            Assert.AreEqual("['a', 'b']", h.Repr(h.Call("list", S("ab"))));
            Assert.AreEqual("[0, 1, 2]", h.Repr(h.Call("list", h.Call("range", I(3)))));
            PyList src = Ints(1, 2);
            PyObject copy = h.Call("list", src);
            Assert.AreNotSame(src, copy);
            Assert.AreEqual("TypeError: 'int' object is not iterable", h.Raises(() => h.Call("list", I(1))));
            Assert.AreEqual("TypeError: list expected at most 1 argument, got 2", h.Raises(() => h.Call("list", Ints(), Ints())));
            Assert.AreEqual("TypeError: list() takes no keyword arguments", h.Raises(() => h.CallKw("list", new PyObject[0], "iterable", Ints())));
        }

        [TestMethod]
        public void List_AppendExtendInsert_Mutate()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(1);
            h.Method(l, "append", I(2));
            h.Method(l, "extend", T(I(3), I(4)));
            h.Method(l, "extend", l);
            h.Method(l, "insert", I(0), I(0));
            h.Method(l, "insert", I(-1), I(9));
            h.Method(l, "insert", I(100), I(10));
            h.Method(l, "insert", I(-100), I(-1));
            Assert.AreEqual("[-1, 0, 1, 2, 3, 4, 1, 2, 3, 9, 4, 10]", h.Repr(l));
            Assert.AreEqual("TypeError: append() takes exactly one argument (2 given)", h.Raises(() => h.Method(l, "append", I(1), I(2))));
        }

        [TestMethod]
        public void List_PopRemoveIndexCount()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(5, 6, 7, 6);
            Assert.AreEqual("6", h.Repr(h.Method(l, "pop")));
            Assert.AreEqual("5", h.Repr(h.Method(l, "pop", I(0))));
            Assert.AreEqual("6", h.Repr(h.Method(l, "pop", I(-2))));
            Assert.AreEqual("IndexError: pop index out of range", h.Raises(() => h.Method(l, "pop", I(5))));
            h.Method(l, "pop");
            Assert.AreEqual("IndexError: pop from empty list", h.Raises(() => h.Method(l, "pop")));
            PyList m = Ints(1, 2, 1, 3);
            h.Method(m, "remove", I(1));
            Assert.AreEqual("[2, 1, 3]", h.Repr(m));
            Assert.AreEqual("ValueError: list.remove(x): x not in list", h.Raises(() => h.Method(m, "remove", I(7))));
            Assert.AreEqual("1", h.Repr(h.Method(m, "index", I(1))));
            Assert.AreEqual("2", h.Repr(h.Method(m, "index", I(3), I(-2))));
            Assert.AreEqual("ValueError: 2 is not in list", h.Raises(() => h.Method(m, "index", I(2), I(1), I(3))));
            Assert.AreEqual("ValueError: 'x' is not in list", h.Raises(() => h.Method(m, "index", S("x"))));
            Assert.AreEqual("1", h.Repr(h.Method(Ints(1, 2, 1), "count", I(2))));
        }

        [TestMethod]
        public void List_ClearCopyReverse()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(1, 2, 3);
            PyObject c = h.Method(l, "copy");
            h.Method(l, "reverse");
            Assert.AreEqual("[3, 2, 1]", h.Repr(l));
            Assert.AreEqual("[1, 2, 3]", h.Repr(c));
            h.Method(l, "clear");
            Assert.AreEqual("[]", h.Repr(l));
            h.Method(l, "append", I(4));
            Assert.AreEqual("[4]", h.Repr(l));
        }

        [TestMethod]
        public void List_Dunders_CallSlots()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(1, 2, 3);
            Assert.AreEqual("2", h.Repr(h.Method(l, "__getitem__", I(1))));
            Assert.AreEqual("[2, 3]", h.Repr(h.Method(l, "__getitem__", new PySlice(I(1), PyNone.Value, PyNone.Value))));
            h.Method(l, "__setitem__", I(0), I(10));
            h.Method(l, "__delitem__", I(1));
            Assert.AreEqual("[10, 3]", h.Repr(l));
            Assert.AreEqual("2", h.Repr(h.Method(l, "__len__")));
            Assert.AreSame(PyBool.True, h.Method(l, "__contains__", I(3)));
            Assert.AreEqual("[10, 3, 1]", h.Repr(h.Method(l, "__add__", Ints(1))));
            Assert.AreEqual("TypeError: can only concatenate list (not \"int\") to list", h.Raises(() => h.Method(l, "__add__", I(1))));
            Assert.AreSame(l, h.Method(l, "__iadd__", Ints(4)));
            Assert.AreEqual("[10, 3, 4, 10, 3, 4]", h.Repr(h.Method(l, "__mul__", I(2))));
            Assert.AreEqual("[10, 3, 4, 10, 3, 4]", h.Repr(h.Method(l, "__rmul__", I(2))));
            Assert.AreSame(PyBool.True, h.Method(l, "__lt__", Ints(11)));
            Assert.AreSame(PyBool.True, h.Method(l, "__eq__", Ints(10, 3, 4)));
            Assert.AreEqual("'[10, 3, 4]'", h.Repr(h.Method(l, "__repr__")));
            Assert.AreEqual("[4, 3, 10]", h.ListRepr(h.Method(l, "__reversed__")));
            Assert.AreSame(PyNone.Value, PyTypes.List.Dict.LookupName(Names.Get(Names.__hash__)));
            Assert.AreEqual("TypeError: descriptor '__len__' for 'list' objects doesn't apply to a 'tuple' object", h.Raises(() => Ops.Call1(h.Ip, Ops.GetAttr(h.Ip, PyTypes.List, Names.Get(Names.__len__)), PyTuple.Empty)));
        }

        [TestMethod]
        public void Tuple_ConstructorAndMethods()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreSame(PyTuple.Empty, h.Call("tuple"));
            PyTuple t = T(I(1), I(2));
            Assert.AreSame(t, h.Call("tuple", t));
            Assert.AreEqual("(1, 2, 1)", h.Repr(h.Call("tuple", Ints(1, 2, 1))));
            Assert.AreEqual("2", h.Repr(h.Method(h.Call("tuple", Ints(1, 2, 1)), "count", I(1))));
            Assert.AreEqual("1", h.Repr(h.Method(t, "index", I(2))));
            Assert.AreEqual("ValueError: tuple.index(x): x not in tuple", h.Raises(() => h.Method(t, "index", I(3))));
            Assert.AreEqual("TypeError: tuple() takes no keyword arguments", h.Raises(() => h.CallKw("tuple", new PyObject[0], "x", I(1))));
            Assert.AreEqual(h.Repr(h.Call("hash", t)), h.Repr(h.Method(t, "__hash__")));
            Assert.AreEqual("(1, 2, 1, 2)", h.Repr(h.Method(t, "__mul__", I(2))));
        }
    }
}

using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    /// <summary>User subclasses of the container types: construction through __init__, and base dunders reached explicitly.</summary>
    [TestClass]
    public class SubclassTests
    {
        [TestMethod]
        public void ListSubclass_InitFillsEmptyValue()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("L", new PyObject[] { PyTypes.List });
            PyObject o = Ops.Call1(h.Ip, c, S("ab"));
            Assert.IsInstanceOfType(o, typeof(PyInstance));
            Assert.AreEqual("['a', 'b']", h.Repr(o));
            h.Method(o, "append", S("c"));
            Assert.AreEqual("3", h.Repr(h.Call("len", o)));
            Assert.AreEqual("['b', 'c']", h.Repr(Ops.Call2(h.Ip, Ops.GetAttr(h.Ip, PyTypes.List, Names.Get(Names.__getitem__)), o, new PySlice(I(1), PyNone.Value, PyNone.Value))));
            Assert.AreSame(o, Ops.Call2(h.Ip, Ops.GetAttr(h.Ip, PyTypes.List, Names.Get(Names.__iadd__)), o, Ints(1)));
            Ops.Call2(h.Ip, Ops.GetAttr(h.Ip, PyTypes.List, Names.Get(Names.__init__)), o, Ints(7));
            Assert.AreEqual("[7]", h.Repr(o));
            Assert.AreEqual("TypeError: unhashable type: 'L'", h.Raises(() => h.Call("hash", o)));
        }

        [TestMethod]
        public void ListSubclass_SortedAndReversedUseItems()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("L", new PyObject[] { PyTypes.List });
            PyObject o = Ops.Call1(h.Ip, c, Ints(3, 1, 2));
            h.Method(o, "sort");
            Assert.AreEqual("[1, 2, 3]", h.Repr(o));
            Assert.AreEqual("[3, 2, 1]", h.ListRepr(h.Call("reversed", o)));
            Assert.AreEqual("[1, 2, 3]", h.Repr(h.Call("sorted", o)));
        }

        [TestMethod]
        public void TupleSubclass_NewBuildsFullValue()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("P", new PyObject[] { PyTypes.Tuple });
            PyObject o = Ops.Call1(h.Ip, c, Ints(1, 2));
            Assert.AreEqual("(1, 2)", h.Repr(o));
            PyObject viaNew = Ops.Call2(h.Ip, Ops.GetAttr(h.Ip, PyTypes.Tuple, Names.Get(Names.__new__)), c, Ints(5));
            Assert.AreSame(c, viaNew.Type);
            Assert.AreEqual("(5,)", h.Repr(viaNew));
            Assert.AreEqual("1", h.Repr(h.Method(o, "index", I(2))));
        }

        [TestMethod]
        public void DictSubclass_MissingThroughBaseGetItem()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("D", new PyObject[] { PyTypes.Dict }, "__missing__", new HostMethod(a => S("dflt")));
            PyObject o = h.CallObjKw(c, new PyObject[] { L(T(S("a"), I(1))) }, "b", I(2));
            Assert.AreEqual("{'a': 1, 'b': 2}", h.Repr(o));
            Assert.AreEqual("'dflt'", h.Repr(Ops.GetItem(h.Ip, o, S("zz"))));
            Assert.AreEqual("'dflt'", h.Repr(Ops.Call2(h.Ip, Ops.GetAttr(h.Ip, PyTypes.Dict, Names.Get(Names.__getitem__)), o, S("zz"))));
            Assert.AreEqual("dict_keys(['a', 'b'])", h.Repr(h.Method(o, "keys")));
            Assert.AreSame(c, h.Method(c, "fromkeys", Ints(1)).Type);
        }

        [TestMethod]
        public void SetSubclasses_SetEmptyThenInit_FrozenFull()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType s = h.Class("S", new PyObject[] { PyTypes.Set });
            PyObject o = Ops.Call1(h.Ip, s, Ints(1, 2));
            Assert.AreEqual("S({1, 2})", h.Repr(o));
            Assert.IsTrue(Ops.Contains(h.Ip, o, I(2)));
            PyType f = h.Class("F", new PyObject[] { PyTypes.FrozenSet });
            PyObject fo = Ops.Call1(h.Ip, f, Ints(3));
            Assert.AreEqual("F({3})", h.Repr(fo));
            Assert.AreEqual(h.Repr(h.Call("hash", h.Call("frozenset", Ints(3)))), h.Repr(h.Call("hash", fo)));
        }
    }
}

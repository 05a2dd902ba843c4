using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Builtins.BuiltinsHost;

namespace NanoPython.Tests.Builtins
{
    [TestClass]
    public class ObjectFunctionTests
    {
        [TestMethod]
        public void Len_Containers_ReturnSize()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual(3L, ((PyInt)h.Call("len", Ints(1, 2, 3))).Value);
            Assert.AreEqual(2L, ((PyInt)h.Call("len", S("ab"))).Value);
            Assert.AreEqual("TypeError: object of type 'int' has no len()", h.Raises(() => h.Call("len", I(1))));
            Assert.AreEqual("TypeError: len() takes exactly one argument (2 given)", h.Raises(() => h.Call("len", I(1), I(2))));
        }

        [TestMethod]
        public void Repr_StrAndList_AsCPython()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual("'it\\'s \"x\"'", ((PyStr)h.Call("repr", S("it's \"x\""))).Value);
            Assert.AreEqual("[1, 'a']", ((PyStr)h.Call("repr", L(I(1), S("a")))).Value);
        }

        [TestMethod]
        public void Hash_EqualValues_HashEqual()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreEqual(((PyInt)h.Call("hash", T(I(1), S("a")))).Value, ((PyInt)h.Call("hash", T(I(1), S("a")))).Value);
            Assert.AreEqual("TypeError: unhashable type: 'list'", h.Raises(() => h.Call("hash", Ints())));
        }

        [TestMethod]
        public void Id_SameObject_SameId()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyList l = Ints(1);
            Assert.AreEqual(((PyInt)h.Call("id", l)).Value, ((PyInt)h.Call("id", l)).Value);
            Assert.IsTrue(((PyInt)h.Call("id", l)).Value >= 0);
        }

        [TestMethod]
        public void Callable_FunctionsAndTypes_AreCallable()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreSame(PyBool.True, h.Call("callable", h.Builtin("len")));
            Assert.AreSame(PyBool.True, h.Call("callable", PyTypes.List));
            Assert.AreSame(PyBool.False, h.Call("callable", I(3)));
        }

        [TestMethod]
        public void IsInstance_TupleOfTypes_ChecksEach()
        {
            BuiltinsHost h = new BuiltinsHost();
            Assert.AreSame(PyBool.True, h.Call("isinstance", I(1), T(PyTypes.Str, PyTypes.Int)));
            Assert.AreSame(PyBool.True, h.Call("isinstance", PyBool.True, PyTypes.Int));
            Assert.AreSame(PyBool.False, h.Call("isinstance", S("x"), PyTypes.List));
            Assert.AreSame(PyBool.True, h.Call("issubclass", PyTypes.Bool, PyTypes.Int));
            Assert.StartsWith("TypeError", h.Raises(() => h.Call("issubclass", I(1), PyTypes.Int)));
        }

        [TestMethod]
        public void AttrFunctions_UserInstance_GetSetHasDel()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyType c = h.Class("C", new PyObject[0], "k", I(7));
            PyObject o = Ops.Call0(h.Ip, c);
            h.Call("setattr", o, S("x"), I(5));
            Assert.AreEqual(5L, ((PyInt)h.Call("getattr", o, S("x"))).Value);
            Assert.AreEqual(7L, ((PyInt)h.Call("getattr", o, S("k"))).Value);
            Assert.AreSame(PyBool.True, h.Call("hasattr", o, S("x")));
            h.Call("delattr", o, S("x"));
            Assert.AreSame(PyBool.False, h.Call("hasattr", o, S("x")));
            Assert.AreEqual(9L, ((PyInt)h.Call("getattr", o, S("x"), I(9))).Value);
            Assert.AreEqual("AttributeError: 'C' object has no attribute 'x'", h.Raises(() => h.Call("getattr", o, S("x"))));
            Assert.AreEqual("TypeError: attribute name must be string, not 'int'", h.Raises(() => h.Call("getattr", o, I(1))));
        }

        [TestMethod]
        public void GetAttr_DunderClassByRuntimeString_Found()
        {
            BuiltinsHost h = new BuiltinsHost();

            // A str built at run time is not interned; getattr must still find names compared by reference.
            Assert.AreSame(PyTypes.List, h.Call("getattr", Ints(), S("__" + "class__")));
        }

        [TestMethod]
        public void GetAttr_DefaultOnlyForAttributeError()
        {
            BuiltinsHost h = new BuiltinsHost();
            PyObject boom = new HostMethod(a => throw new PyException(PyExc.ValueError, "boom"));
            PyType c = h.Class("P", new PyObject[0], "__getattr__", boom);
            PyObject o = Ops.Call0(h.Ip, c);
            Assert.AreEqual("ValueError: boom", h.Raises(() => h.Call("getattr", o, S("zz"), I(1))));
        }
    }
}

using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Tests.Text
{
    /// <summary>What TextSetup installs: types, builtins, hooks and the complete method sets.</summary>
    [TestClass]
    public class TextSetupTests
    {
        // python3 -c "print(' '.join(sorted(m for m in dir(str) if not m.startswith('_'))))"
        private const string StrMethods = "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill";

        // python3 -c "print(' '.join(sorted(m for m in dir(bytes) if not m.startswith('_'))))"
        private const string BytesMethods = "capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill";

        // python3 -c "print(' '.join(sorted(m for m in dir(bytearray) if not m.startswith('_') and m not in dir(bytes))))"
        private const string ByteArrayExtra = "append clear copy extend insert pop remove reverse";

        // python3 -c "print(' '.join(sorted(m for m in dir(memoryview) if not m.startswith('_'))))"
        private const string MemoryViewMembers = "c_contiguous cast contiguous f_contiguous format hex itemsize nbytes ndim obj readonly release shape strides suboffsets tobytes tolist toreadonly";

        private static void AssertHas(TextHost h, PyObject o, string names)
        {
            foreach (string n in names.Split(' '))
            {
                Assert.IsNotNull(Ops.GetAttrOrNull(h.Ip, o, Intern.Get(n)), n);
            }
        }

        [TestMethod]
        public void Types_MethodSets_AreCPythons()
        {
            TextHost h = new TextHost();
            AssertHas(h, PyTypes.Str, StrMethods);
            AssertHas(h, PyTypes.Bytes, BytesMethods);
            AssertHas(h, PyTypes.ByteArray, BytesMethods + " " + ByteArrayExtra);
            AssertHas(h, h.Builtin("memoryview", new PyBytes(new byte[1])), MemoryViewMembers);
        }

        [TestMethod]
        public void Install_Builtins_AreRegistered()
        {
            TextHost h = new TextHost();
            Assert.AreSame(PyTypes.Str, h.Ip.LookupBuiltin(Intern.Get("str")));
            Assert.AreSame(PyTypes.Bytes, h.Ip.LookupBuiltin(Intern.Get("bytes")));
            Assert.AreSame(PyTypes.ByteArray, h.Ip.LookupBuiltin(Intern.Get("bytearray")));
            Assert.AreSame(TextTypes.MemoryView, h.Ip.LookupBuiltin(Intern.Get("memoryview")));
            foreach (string f in new[] { "chr", "ord", "ascii", "format" })
            {
                Assert.IsNotNull(h.Ip.LookupBuiltin(Intern.Get(f)), f);
            }

            Assert.IsInstanceOfType(h.Ip.Hooks, typeof(TextHooks));
        }

        [TestMethod]
        public void Install_TwoInterpreters_ShareTypesOnce()
        {
            TextHost a = new TextHost();
            TextHost b = new TextHost();
            Assert.AreEqual("'AB'", a.Ascii(a.Call(new PyStr("ab"), "upper")));
            Assert.AreEqual("'AB'", b.Ascii(b.Call(new PyStr("ab"), "upper")));
            Assert.AreSame(a.Ip.Hooks, b.Ip.Hooks);
        }

        [TestMethod]
        public void Dunders_CalledByName_UseTheSlots()
        {
            TextHost h = new TextHost();
            PyStr s = new PyStr("abc");
            Assert.AreEqual("3", h.Ascii(h.Call(s, "__len__")));
            Assert.AreEqual("'b'", h.Ascii(h.Call(s, "__getitem__", PyInt.Get(1))));
            Assert.AreEqual("True", h.Ascii(h.Call(s, "__contains__", new PyStr("bc"))));
            Assert.AreEqual("'abc'", h.Ascii(h.Call(s, "__str__")));
            Assert.AreEqual("\"'abc'\"", h.Ascii(h.Call(s, "__repr__")));
            Assert.AreEqual("NotImplemented", h.Ascii(h.Call(s, "__eq__", PyInt.Get(1))));
            Assert.AreEqual("'a1'", h.Ascii(h.Call(new PyStr("a%d"), "__mod__", PyInt.Get(1))));
            Assert.AreEqual("'abcabc'", h.Ascii(h.Call(s, "__mul__", PyInt.Get(2))));
            PyObject sub = Ops.Call1(h.Ip, h.StrSub, new PyStr("xy"));
            Assert.AreEqual("'xy'", h.Ascii(Ops.Call1(h.Ip, Ops.GetAttr(h.Ip, PyTypes.Str, Intern.Get("__str__")), sub)));
        }
    }
}

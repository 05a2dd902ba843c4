using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using static NanoPython.Tests.Text.TextHost;

namespace NanoPython.Tests.Text
{
    /// <summary>The mutating methods of bytearray (expected states from CPython).</summary>
    [TestClass]
    public class ByteArrayTests
    {
        private static PyByteArray New(string s)
        {
            byte[] b = System.Text.Encoding.Latin1.GetBytes(s);
            return new PyByteArray(b, b.Length);
        }

        [TestMethod]
        public void ByteArray_Mutators_ChangeInPlace()
        {
            // python3 -c "b=bytearray(b'abc'); b.append(100); b.insert(0, 95); b.insert(-1, 45); b.insert(99, 33); b.extend(b'xy'); b.extend([49, 50]); b.remove(98); print(b, b.pop(), b.pop(0), b.pop(-2)); b.reverse(); print(b)"
            TextHost h = new TextHost();
            PyByteArray b = New("abc");
            h.Call(b, "append", I(100));
            h.Call(b, "insert", I(0), I(95));
            h.Call(b, "insert", I(-1), I(45));
            h.Call(b, "insert", I(99), I(33));
            h.Call(b, "extend", B((byte)'x', (byte)'y'));
            h.Call(b, "extend", h.Eval("[49, 50]"));
            h.Call(b, "remove", I(98));
            Assert.AreEqual("bytearray(b'_ac-d!xy12')", h.Ascii(b));
            Assert.AreEqual("50", h.Ascii(h.Call(b, "pop")));
            Assert.AreEqual("95", h.Ascii(h.Call(b, "pop", I(0))));
            Assert.AreEqual("121", h.Ascii(h.Call(b, "pop", I(-2))));
            h.Call(b, "reverse");
            Assert.AreEqual("bytearray(b'1x!d-ca')", h.Ascii(b));
        }

        [TestMethod]
        public void ByteArray_ClearAndCopy_AreIndependent()
        {
            TextHost h = new TextHost();
            PyByteArray b = New("abc");
            PyObject c = h.Call(b, "copy");
            h.Call(b, "clear");
            Assert.AreEqual("bytearray(b'')", h.Ascii(b));
            Assert.AreEqual("bytearray(b'abc')", h.Ascii(c));
        }

        [TestMethod]
        public void ByteArray_MethodsReturningSequences_ReturnNewByteArrays()
        {
            TextHost h = new TextHost();
            PyByteArray b = New("ab");
            PyObject same = h.Call(b, "strip");
            Assert.AreNotSame(b, same);
            Assert.IsInstanceOfType(same, typeof(PyByteArray));
            Assert.IsInstanceOfType(h.Call(b, "ljust", I(1)), typeof(PyByteArray));
        }

        [TestMethod]
        public void Bytes_UnchangedResults_ReturnSameObject()
        {
            // CPython returns the receiver itself for exact bytes and str when nothing changes.
            TextHost h = new TextHost();
            PyBytes b = B((byte)'a', (byte)'b');
            Assert.AreSame(b, h.Call(b, "strip"));
            Assert.AreSame(b, h.Call(b, "replace", B((byte)'x'), B((byte)'y')));
            Assert.AreSame(b, h.Call(b, "center", I(1)));
            PyStr s = S("ab");
            Assert.AreSame(s, h.Call(s, "strip"));
            Assert.AreSame(s, h.Call(s, "zfill", I(2)));
        }

        [TestMethod]
        public void ByteArray_SubclassSelf_IsUnwrapped()
        {
            TextHost h = new TextHost();
            PyObject sub = Ops.Call1(h.Ip, h.ByteArraySub, B((byte)'a'));
            h.Call(sub, "append", I(98));
            Assert.AreEqual("b'ab'", h.Ascii(h.Builtin("bytes", sub)));
            Assert.AreEqual("bytearray(b'AB')", h.Ascii(h.Call(sub, "upper")));
        }
    }
}

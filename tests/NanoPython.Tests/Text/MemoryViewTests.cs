using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using NanoPython.Text;
using static NanoPython.Tests.Text.TextHost;

namespace NanoPython.Tests.Text
{
    /// <summary>memoryview shares the memory of its exporter: writes go through, slices are views, not copies.</summary>
    [TestClass]
    public class MemoryViewTests
    {
        private static PyByteArray Array(string s)
        {
            byte[] b = System.Text.Encoding.Latin1.GetBytes(s);
            return new PyByteArray(b, b.Length);
        }

        private static string Text(PyByteArray ba) => System.Text.Encoding.Latin1.GetString(ba.Data, 0, ba.Count);

        [TestMethod]
        public void MemoryView_SliceAssignment_WritesThroughToByteArray()
        {
            TextHost h = new TextHost();
            PyByteArray ba = Array("abcdef");
            PyObject mv = h.Builtin("memoryview", ba);
            Ops.SetItem(h.Ip, mv, new PySlice(I(2), I(4), PyNone.Value), B((byte)'x', (byte)'y'));
            Assert.AreEqual("abxyef", Text(ba));
            Ops.SetItem(h.Ip, mv, I(0), I(65));
            Assert.AreEqual("Abxyef", Text(ba));
            Ops.SetItem(h.Ip, mv, I(-1), I(90));
            Assert.AreEqual("AbxyeZ", Text(ba));
        }

        [TestMethod]
        public void MemoryView_SliceOfSlice_SharesMemory()
        {
            TextHost h = new TextHost();
            PyByteArray ba = Array("abcdef");
            PyObject mv = h.Builtin("memoryview", ba);
            PyObject inner = Ops.GetItem(h.Ip, Ops.GetItem(h.Ip, mv, new PySlice(I(1), I(5), PyNone.Value)), new PySlice(I(1), I(3), PyNone.Value));
            Assert.AreEqual("b'cd'", h.Ascii(h.Call(inner, "tobytes")));
            Ops.SetItem(h.Ip, inner, I(0), I((byte)'C'));
            Assert.AreEqual("abCdef", Text(ba));
            ba.Data[3] = (byte)'D';
            Assert.AreEqual("b'CD'", h.Ascii(h.Call(inner, "tobytes")));
        }

        [TestMethod]
        public void MemoryView_SteppedSlice_WritesEveryOtherByte()
        {
            TextHost h = new TextHost();
            PyByteArray ba = Array("abcdef");
            PyObject mv = h.Builtin("memoryview", ba);
            Ops.SetItem(h.Ip, mv, new PySlice(PyNone.Value, PyNone.Value, I(2)), B((byte)'1', (byte)'2', (byte)'3'));
            Assert.AreEqual("1b2d3f", Text(ba));
            Ops.SetItem(h.Ip, mv, new PySlice(PyNone.Value, PyNone.Value, I(-2)), B((byte)'x', (byte)'y', (byte)'z'));
            Assert.AreEqual("1z2y3x", Text(ba));
        }

        [TestMethod]
        public void MemoryView_AssignmentOfOtherLength_RaisesValueError()
        {
            TextHost h = new TextHost();
            PyObject mv = h.Builtin("memoryview", Array("abcdef"));
            Assert.AreEqual("ValueError: memoryview assignment: lvalue and rvalue have different structures",
                h.Raises(() => Ops.SetItem(h.Ip, mv, new PySlice(I(0), I(2), PyNone.Value), B(1, 2, 3))));
            Assert.AreEqual("ValueError: memoryview: invalid value for format 'B'", h.Raises(() => Ops.SetItem(h.Ip, mv, I(0), I(256))));
            Assert.AreEqual("TypeError: memoryview: invalid type for format 'B'", h.Raises(() => Ops.SetItem(h.Ip, mv, I(0), B(1))));
            Assert.AreEqual("TypeError: cannot delete memory", h.Raises(() => Ops.DelItem(h.Ip, mv, I(0))));
        }

        [TestMethod]
        public void MemoryView_OfBytes_IsReadOnly()
        {
            TextHost h = new TextHost();
            PyObject mv = h.Builtin("memoryview", B(1, 2));
            Assert.AreEqual("TypeError: cannot modify read-only memory", h.Raises(() => Ops.SetItem(h.Ip, mv, I(0), I(5))));
            PyObject ro = h.Call(h.Builtin("memoryview", Array("ab")), "toreadonly");
            Assert.AreEqual("TypeError: cannot modify read-only memory", h.Raises(() => Ops.SetItem(h.Ip, ro, I(0), I(5))));
        }

        [TestMethod]
        public void MemoryView_ByteArrayGrows_ViewSeesNewStorage()
        {
            TextHost h = new TextHost();
            PyByteArray ba = Array("ab");
            PyObject mv = h.Builtin("memoryview", ba);
            for (int i = 0; i < 100; i++)
            {
                h.Call(ba, "append", I(120));
            }

            Ops.SetItem(h.Ip, mv, I(1), I((byte)'B'));
            Assert.AreEqual("aBx", Text(ba).Substring(0, 3));
            Assert.AreEqual(2, Ops.Len(h.Ip, mv));
        }

        [TestMethod]
        public void MemoryView_ByteArrayShrinks_RaisesInsteadOfReadingStaleBytes()
        {
            TextHost h = new TextHost();
            PyByteArray ba = Array("abcdef");
            PyObject mv = h.Builtin("memoryview", ba);
            h.Call(ba, "clear");
            Assert.AreEqual("IndexError: memoryview: underlying buffer was resized", h.Raises(() => h.Call(mv, "tobytes")));
        }

        [TestMethod]
        public void MemoryView_Released_RaisesValueError()
        {
            TextHost h = new TextHost();
            PyObject mv = h.Builtin("memoryview", B(1, 2));
            h.Call(mv, "release");
            Assert.AreEqual("ValueError: operation forbidden on released memoryview object", h.Raises(() => Ops.Len(h.Ip, mv)));
            Assert.AreEqual("ValueError: operation forbidden on released memoryview object", h.Raises(() => h.Call(mv, "tobytes")));
            StringAssert.StartsWith(Ops.Repr(h.Ip, mv), "<released memory at 0x");
            PyObject mv2 = h.Builtin("memoryview", B(1, 2));
            Assert.AreSame(mv2, h.Call(mv2, "__enter__"));
            h.Call(mv2, "__exit__", PyNone.Value, PyNone.Value, PyNone.Value);
            Assert.AreEqual("ValueError: operation forbidden on released memoryview object", h.Raises(() => Ops.GetItem(h.Ip, mv2, I(0))));
        }

        [TestMethod]
        public void MemoryView_CastWrite_StoresLittleEndianItems()
        {
            TextHost h = new TextHost();
            PyByteArray ba = new PyByteArray(new byte[4], 4);
            PyObject mv = h.Call(h.Builtin("memoryview", ba), "cast", S("h"));
            Ops.SetItem(h.Ip, mv, I(0), I(-2));
            Ops.SetItem(h.Ip, mv, I(1), I(0x1234));
            CollectionAssert.AreEqual(new byte[] { 0xFE, 0xFF, 0x34, 0x12 }, ba.ToArray());
            Assert.AreEqual("ValueError: memoryview: invalid value for format 'h'", h.Raises(() => Ops.SetItem(h.Ip, mv, I(0), I(40000))));
            Assert.AreEqual("[-2, 4660]", h.Ascii(h.Call(mv, "tolist")));
        }

        [TestMethod]
        public void MemoryView_OfExporter_UsesItsFormatAndStorage()
        {
            TextHost h = new TextHost();
            ShortArray a = new ShortArray(new byte[] { 0, 0, 1, 0, 0xFF, 0xFF, 0, 0 }, 2, 4);
            PyMemoryView mv = (PyMemoryView)h.Builtin("memoryview", a);
            Assert.AreEqual('h', mv.Format);
            Assert.AreEqual(2, mv.ItemSize);
            Assert.AreEqual("[1, -1]", h.Ascii(h.Call(mv, "tolist")));
            Ops.SetItem(h.Ip, mv, I(0), I(7));
            Assert.AreEqual(7, a.Storage[2]);
            Assert.AreEqual("b'\\x07\\x00\\xff\\xff'", h.Ascii(h.Builtin("bytes", a)));
            Assert.AreEqual("4", h.Ascii(h.Call(mv, "__getattribute__", S("nbytes"))));
        }

        /// <summary>A stand-in for array('h'): two-byte items stored at an offset inside a larger array.</summary>
        private sealed class ShortArray : PyObject, IBufferExporter
        {
            public readonly byte[] Storage;
            private readonly int _offset;
            private readonly int _count;

            public ShortArray(byte[] storage, int offset, int count)
            {
                Storage = storage;
                _offset = offset;
                _count = count;
            }

            public override PyType Type => PyTypes.Object;

            public byte[] GetBuffer(out int offset, out int count)
            {
                offset = _offset;
                count = _count;
                return Storage;
            }

            public bool IsReadOnly => false;

            public char Format => 'h';

            public int ItemSize => 2;
        }
    }
}

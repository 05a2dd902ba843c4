using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;
using NanoPython.Text;
using static NanoPython.Tests.Text.TextHost;

namespace NanoPython.Tests.Text
{
    /// <summary>BufferProtocol, the one reader of bytes-like objects that other modules use.</summary>
    [TestClass]
    public class BufferProtocolTests
    {
        [TestMethod]
        public void Get_BytesLikeObjects_ExposeTheirBytesWithoutCopy()
        {
            TextHost h = new TextHost();
            PyBytes b = B(1, 2, 3);
            Assert.IsTrue(BufferProtocol.Get(b, out byte[] data, out int offset, out int count));
            Assert.AreSame(b.Data, data);
            Assert.AreEqual(0, offset);
            Assert.AreEqual(3, count);

            PyByteArray ba = new PyByteArray(new byte[10], 4);
            Assert.IsTrue(BufferProtocol.Get(ba, out data, out offset, out count));
            Assert.AreSame(ba.Data, data);
            Assert.AreEqual(4, count);

            PyObject slice = Ops.GetItem(h.Ip, h.Builtin("memoryview", b), new PySlice(I(1), PyNone.Value, PyNone.Value));
            Assert.IsTrue(BufferProtocol.Get(slice, out data, out offset, out count));
            Assert.AreSame(b.Data, data);
            Assert.AreEqual(1, offset);
            Assert.AreEqual(2, count);
        }

        [TestMethod]
        public void Get_SubclassInstance_UsesNativeValue()
        {
            TextHost h = new TextHost();
            PyObject sub = Ops.Call1(h.Ip, h.BytesSub, B(7, 8));
            Assert.IsInstanceOfType(sub, typeof(PyInstance));
            Assert.IsTrue(BufferProtocol.Get(sub, out byte[] data, out int offset, out int count));
            Assert.AreEqual(2, count);
            Assert.AreEqual(7, data[offset]);
        }

        [TestMethod]
        public void Get_NotBytesLike_ReturnsFalseAndRequireRaises()
        {
            TextHost h = new TextHost();
            Assert.IsFalse(BufferProtocol.Get(S("abc"), out _, out _, out _));
            Assert.AreEqual("TypeError: a bytes-like object is required, not 'str'", h.Raises(() => BufferProtocol.Require(S("abc"), out _, out _)));
            Assert.IsNull(BufferProtocol.ToArray(I(1)));
        }

        [TestMethod]
        public void GetWritable_ReadOnlyBuffers_ReturnFalse()
        {
            TextHost h = new TextHost();
            Assert.IsFalse(BufferProtocol.GetWritable(B(1), out _, out _, out _));
            Assert.IsFalse(BufferProtocol.GetWritable(h.Builtin("memoryview", B(1)), out _, out _, out _));
            PyByteArray ba = new PyByteArray(new byte[] { 1, 2, 3, 4 }, 4);
            PyObject stepped = Ops.GetItem(h.Ip, h.Builtin("memoryview", ba), new PySlice(PyNone.Value, PyNone.Value, I(2)));
            Assert.IsFalse(BufferProtocol.GetWritable(stepped, out _, out _, out _));
            PyObject tail = Ops.GetItem(h.Ip, h.Builtin("memoryview", ba), new PySlice(I(2), PyNone.Value, PyNone.Value));
            Assert.IsTrue(BufferProtocol.GetWritable(tail, out byte[] data, out int offset, out int count));
            data[offset] = 99;
            Assert.AreEqual(99, ba.Data[2]);
            Assert.AreEqual(2, count);
        }

        [TestMethod]
        public void ToArray_SteppedView_CopiesSelectedBytes()
        {
            TextHost h = new TextHost();
            PyObject stepped = Ops.GetItem(h.Ip, h.Builtin("memoryview", B(1, 2, 3, 4, 5)), new PySlice(PyNone.Value, PyNone.Value, I(-2)));
            CollectionAssert.AreEqual(new byte[] { 5, 3, 1 }, BufferProtocol.ToArray(stepped));
        }

        [TestMethod]
        public void BytesLikeArguments_AcceptMemoryView()
        {
            TextHost h = new TextHost();
            PyByteArray ba = new PyByteArray(new byte[0], 0);
            h.Call(ba, "extend", h.Builtin("memoryview", B(1, 2)));
            Assert.AreEqual("bytearray(b'\\x01\\x02')", h.Ascii(ba));
            h.Call(ba, "extend", ba);
            Assert.AreEqual("bytearray(b'\\x01\\x02\\x01\\x02')", h.Ascii(ba));
            PyObject mv = h.Builtin("memoryview", ba);
            Assert.AreEqual("b'\\x01\\x02\\x01\\x02'", h.Ascii(h.Builtin("bytes", mv)));
            Assert.AreEqual("True", h.Ascii(h.Call(B(0, 1, 2), "endswith", Ops.GetItem(h.Ip, mv, new PySlice(I(0), I(2), PyNone.Value)))));
        }
    }
}

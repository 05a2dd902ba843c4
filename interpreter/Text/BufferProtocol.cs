using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// The one place that reads the bytes of a bytes-like object: bytes, bytearray, memoryview, any
    /// <see cref="IBufferExporter"/> and instances of user subclasses of those. Methods that take bytes-like arguments
    /// (bytes.join, bytearray.extend, file writes, sockets, struct...) go through it, so they all accept every buffer.
    /// </summary>
    public static class BufferProtocol
    {
        /// <summary>
        /// The bytes of a bytes-like object as data[offset, offset + count), without copying when the storage is
        /// contiguous; false when o is not bytes-like.
        /// </summary>
        public static bool Get(PyObject o, out byte[] data, out int offset, out int count)
        {
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                data = b.Data;
                offset = 0;
                count = data.Length;
                return true;
            }

            PyByteArray ba = o as PyByteArray;
            if (ba != null)
            {
                data = ba.Data;
                offset = 0;
                count = ba.Count;
                return true;
            }

            PyMemoryView mv = o as PyMemoryView;
            if (mv != null)
            {
                data = mv.GetBytes(out offset, out count);
                return true;
            }

            IBufferExporter x = o as IBufferExporter;
            if (x != null)
            {
                data = x.GetBuffer(out offset, out count);
                return true;
            }

            PyObject nb = o.NativeBase;
            if (!ReferenceEquals(nb, o))
            {
                return Get(nb, out data, out offset, out count);
            }

            data = null;
            offset = 0;
            count = 0;
            return false;
        }

        /// <summary>Like <see cref="Get"/> but raises TypeError("a bytes-like object is required, not 'T'").</summary>
        public static byte[] Require(PyObject o, out int offset, out int count)
        {
            byte[] data;
            if (!Get(o, out data, out offset, out count))
            {
                throw TextErrors.BytesLikeRequired(o);
            }

            return data;
        }

        /// <summary>
        /// The storage of a writable buffer (bytearray, a writable contiguous memoryview, a writable exporter) for
        /// readinto-style calls; false when o is not bytes-like or is read-only.
        /// </summary>
        public static bool GetWritable(PyObject o, out byte[] data, out int offset, out int count)
        {
            PyMemoryView mv = o as PyMemoryView;
            if (mv != null)
            {
                return mv.GetWritableBytes(out data, out offset, out count);
            }

            IBufferExporter x = o as IBufferExporter;
            if (x != null && x.IsReadOnly)
            {
                data = null;
                offset = 0;
                count = 0;
                return false;
            }

            if (o is PyBytes || o.NativeBase is PyBytes)
            {
                data = null;
                offset = 0;
                count = 0;
                return false;
            }

            return Get(o, out data, out offset, out count);
        }

        /// <summary>A copy of the bytes of a bytes-like object, or null when o is not bytes-like.</summary>
        public static byte[] ToArray(PyObject o)
        {
            byte[] data;
            int offset, count;
            if (!Get(o, out data, out offset, out count))
            {
                return null;
            }

            byte[] r = new byte[count];
            System.Array.Copy(data, offset, r, 0, count);
            return r;
        }
    }
}

using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Io
{
    /// <summary>
    /// The Python methods of every native stream (<see cref="PyStream"/>): read, readinto, readline, readlines, write,
    /// seek, tell, flush, close, truncate, the context manager, and getvalue for StringIO/BytesIO. Text read(n) counts
    /// characters, as MicroPython's text streams do; everything else counts bytes.
    /// </summary>
    public static class StreamMethods
    {
        private const int LineChunk = 64;
        private const int ReadChunk = 256;

        /// <summary>Fills the dictionaries of the stream types (registered once per process by IoSetup).</summary>
        internal static void Fill(PyType t, PyDict d)
        {
            // IoTypes.Is: a type's dictionary is being built, which must not create the io types.
            bool memory = IoTypes.Is(t, 4) || IoTypes.Is(t, 3);
            if (!memory && !IoTypes.Is(t, 2) && !IoTypes.Is(t, 1))
            {
                return;
            }

            d.SetName("read", new PyBuiltin2(t, "read", Read, 1));
            d.SetName("readinto", new PyBuiltin3(t, "readinto", ReadInto, 2));
            d.SetName("readline", new PyBuiltin2(t, "readline", ReadLine, 1));
            d.SetName("readlines", new PyBuiltin1(t, "readlines", ReadLines));
            d.SetName("write", new PyBuiltin2(t, "write", Write));
            d.SetName("seek", new PyBuiltin3(t, "seek", Seek, 2));
            d.SetName("tell", new PyBuiltin1(t, "tell", Tell));
            d.SetName("flush", new PyBuiltin1(t, "flush", Flush));
            d.SetName("close", new PyBuiltin1(t, "close", Close));
            d.SetName("truncate", new PyBuiltin2(t, "truncate", Truncate, 1));
            d.SetName(Names.__enter__, new PyBuiltin1(t, "__enter__", Enter));
            d.SetName(Names.__exit__, new PyBuiltinN(t, "__exit__", Exit));
            if (memory)
            {
                d.SetName("getvalue", new PyBuiltin1(t, "getvalue", GetValue));
            }
        }

        /// <summary>The str (text stream) or bytes of the first count bytes of buf.</summary>
        public static PyObject Result(PyStream s, PyByteArray buf)
        {
            if (s.IsText)
            {
                int err;
                return new PyStr(StrUtil.DecodeUtf8(buf.Data, 0, buf.Count, false, out err));
            }

            return new PyBytes(buf.ToArray());
        }

        /// <summary>
        /// The next line's bytes, newline included, at most limit bytes (no limit when negative); the stream is left just
        /// after what was returned (chunks read beyond the newline are given back by seeking).
        /// </summary>
        public static PyByteArray ReadLineBytes(PyStream s, long limit)
        {
            s.CheckOpen();
            PyByteArray acc = new PyByteArray(new byte[LineChunk], 0);
            while (limit < 0 || acc.Count < limit)
            {
                int chunk = LineChunk;
                if (limit >= 0 && limit - acc.Count < chunk)
                {
                    chunk = (int)(limit - acc.Count);
                }

                int start = acc.Count;
                acc.EnsureCapacity(start + chunk);
                int got = s.ReadBytes(acc.Data, start, chunk);
                if (got <= 0)
                {
                    break;
                }

                int end = start + got;
                for (int i = start; i < end; i++)
                {
                    if (acc.Data[i] == (byte)'\n')
                    {
                        if (end > i + 1)
                        {
                            s.Seek(i + 1 - end, 1);
                        }

                        acc.Count = i + 1;
                        return acc;
                    }
                }

                acc.Count = end;
            }

            return acc;
        }

        /// <summary>Everything from the position to the end.</summary>
        public static PyByteArray ReadAllBytes(PyStream s)
        {
            s.CheckOpen();
            PyByteArray acc = new PyByteArray(new byte[ReadChunk], 0);
            while (true)
            {
                acc.EnsureCapacity(acc.Count + ReadChunk);
                int got = s.ReadBytes(acc.Data, acc.Count, acc.Data.Length - acc.Count);
                if (got <= 0)
                {
                    return acc;
                }

                acc.Count += got;
            }
        }

        private static PyStream Self(PyObject self)
        {
            PyStream s = (PyStream)self;
            s.CheckOpen();
            return s;
        }

        private static PyObject Read(Interpreter ip, PyObject self, PyObject n)
        {
            PyStream s = Self(self);
            long limit = n == null || n is PyNone ? -1 : Ops.Index(ip, n);
            if (limit < 0)
            {
                return Result(s, ReadAllBytes(s));
            }

            PyByteArray acc = new PyByteArray(new byte[limit < ReadChunk ? (int)limit : ReadChunk], 0);
            if (!s.IsText)
            {
                ReadUpTo(s, acc, limit);
                return Result(s, acc);
            }

            // Text: n characters, each 1 to 4 bytes; read what is missing until n lead bytes have been seen, then the
            // continuation bytes of the last character.
            long chars = 0;
            int lastLead = -1;
            while (chars < limit)
            {
                int start = acc.Count;
                if (ReadUpTo(s, acc, start + (limit - chars)) == 0)
                {
                    break;
                }

                for (int i = start; i < acc.Count; i++)
                {
                    if ((acc.Data[i] & 0xC0) != 0x80)
                    {
                        chars++;
                        lastLead = i;
                    }
                }
            }

            if (lastLead >= 0)
            {
                int b = acc.Data[lastLead];
                int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                ReadUpTo(s, acc, lastLead + len);
            }

            return Result(s, acc);
        }

        // Reads until acc holds total bytes or the stream ends; returns how many bytes were added.
        private static int ReadUpTo(PyStream s, PyByteArray acc, long total)
        {
            int before = acc.Count;
            while (acc.Count < total)
            {
                int want = (int)(total - acc.Count);
                acc.EnsureCapacity(acc.Count + want);
                int got = s.ReadBytes(acc.Data, acc.Count, want);
                if (got <= 0)
                {
                    break;
                }

                acc.Count += got;
            }

            return acc.Count - before;
        }

        private static PyObject ReadInto(Interpreter ip, PyObject self, PyObject buf, PyObject n)
        {
            PyStream s = Self(self);
            byte[] data;
            int offset;
            int count;
            if (!BufferProtocol.GetWritable(buf, out data, out offset, out count))
            {
                throw new PyException(PyExc.TypeError, "object with buffer protocol required");
            }

            if (n != null && !(n is PyNone))
            {
                long k = Ops.Index(ip, n);
                if (k < count)
                {
                    count = k < 0 ? 0 : (int)k;
                }
            }

            int total = 0;
            while (total < count)
            {
                int got = s.ReadBytes(data, offset + total, count - total);
                if (got <= 0)
                {
                    break;
                }

                total += got;
            }

            return PyInt.Get(total);
        }

        private static PyObject ReadLine(Interpreter ip, PyObject self, PyObject size)
        {
            PyStream s = Self(self);
            long limit = size == null || size is PyNone ? -1 : Ops.Index(ip, size);
            return Result(s, ReadLineBytes(s, limit));
        }

        private static PyObject ReadLines(Interpreter ip, PyObject self)
        {
            PyStream s = Self(self);
            PyList lines = new PyList();
            while (true)
            {
                PyByteArray line = ReadLineBytes(s, -1);
                if (line.Count == 0)
                {
                    return lines;
                }

                lines.Append(Result(s, line));
            }
        }

        private static PyObject Write(Interpreter ip, PyObject self, PyObject data)
        {
            PyStream s = Self(self);
            PyStr str = data.NativeBase as PyStr;
            if (str != null)
            {
                // MicroPython writes a str to binary streams and bytes to text streams alike (both go through the
                // buffer protocol); the count is in characters for text, as CPython's.
                byte[] b = StrUtil.EncodeUtf8(str.Value);
                s.WriteBytes(b, 0, b.Length);
                return PyInt.Get(s.IsText ? str.CodePointCount : b.Length);
            }

            int offset;
            int count;
            byte[] buf = BufferProtocol.Require(data, out offset, out count);
            s.WriteBytes(buf, offset, count);
            return PyInt.Get(count);
        }

        private static PyObject Seek(Interpreter ip, PyObject self, PyObject offset, PyObject whence)
        {
            PyStream s = Self(self);
            long w = whence == null ? 0 : Ops.Index(ip, whence);
            if (w < 0 || w > 2)
            {
                throw IoErrors.OSError(Errno.EINVAL);
            }

            return PyInt.Get(s.Seek(Ops.Index(ip, offset), (int)w));
        }

        private static PyObject Tell(Interpreter ip, PyObject self)
        {
            return PyInt.Get(Self(self).Seek(0, 1));
        }

        private static PyObject Flush(Interpreter ip, PyObject self)
        {
            Self(self).Flush();
            return PyNone.Value;
        }

        private static PyObject Close(Interpreter ip, PyObject self)
        {
            ((PyStream)self).Close();
            return PyNone.Value;
        }

        private static PyObject Truncate(Interpreter ip, PyObject self, PyObject size)
        {
            PyStream s = Self(self);
            long n = size == null || size is PyNone ? s.Seek(0, 1) : Ops.Index(ip, size);
            if (n < 0)
            {
                throw IoErrors.OSError(Errno.EINVAL);
            }

            s.Truncate(n);
            return PyInt.Get(n);
        }

        private static PyObject Enter(Interpreter ip, PyObject self)
        {
            Self(self);
            return self;
        }

        private static PyObject Exit(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            ((PyStream)args[offset]).Close();
            return PyNone.Value;
        }

        private static PyObject GetValue(Interpreter ip, PyObject self)
        {
            PyBytesStream s = (PyBytesStream)Self(self);
            return s.GetValue();
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// The native constructors (type.New) of str, bytes, bytearray and memoryview, with CPython's argument rules and
    /// errors. A user subclass gets a <see cref="PyInstance"/> around the built-in value.
    /// </summary>
    internal static class TextConstructors
    {
        private static ArgSpec s_strSpec;
        private static ArgSpec s_bytesSpec;
        private static ArgSpec s_byteArraySpec;
        private static ArgSpec s_memoryViewSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec StrSpec
        {
            get { return s_strSpec ?? (s_strSpec = new ArgSpec("str", "object, encoding, errors", 0)); }
        }

        private static ArgSpec BytesSpec
        {
            get { return s_bytesSpec ?? (s_bytesSpec = new ArgSpec("bytes", "source, encoding, errors", 0)); }
        }

        private static ArgSpec ByteArraySpec
        {
            get { return s_byteArraySpec ?? (s_byteArraySpec = new ArgSpec("bytearray", "source, encoding, errors", 0)); }
        }

        private static ArgSpec MemoryViewSpec
        {
            get { return s_memoryViewSpec ?? (s_memoryViewSpec = new ArgSpec("memoryview", "object", 1)); }
        }
        private static readonly PyStr s_bytesName = Intern.Get("__bytes__");

        /// <summary>str(), str(object), str(bytes, encoding[, errors]).</summary>
        internal static PyObject NewStr(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            StrSpec.Parse(ip, args, offset, count, kwnames, a);
            PyStr value;
            if (a[0] == null)
            {
                value = PyStr.Empty;
            }
            else if (a[1] == null && a[2] == null)
            {
                value = a[0] as PyStr ?? PyStr.Of(Ops.Str(ip, a[0]));
            }
            else
            {
                if (a[0].NativeBase is PyStr)
                {
                    throw TextErrors.Type(TextErrors.DecodingStr);
                }

                byte[] data;
                int off, n;
                if (!BufferProtocol.Get(a[0], out data, out off, out n))
                {
                    throw TextErrors.Type("decoding to str: need a bytes-like object, " + TextErrors.TypeName(a[0]) + " found");
                }

                string encoding = Codecs.NameArg(a[1], "str", "encoding", "utf-8");
                string errors = Codecs.NameArg(a[2], "str", "errors", "strict");
                value = PyStr.Of(Codecs.Decode(data, off, n, Codecs.Lookup(encoding), errors));
            }

            return ReferenceEquals(cls, PyTypes.Str) ? (PyObject)value : new PyInstance(cls, value);
        }

        /// <summary>bytes(), bytes(int), bytes(iterable of ints), bytes(str, encoding[, errors]), bytes(bytes-like).</summary>
        internal static PyObject NewBytes(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            BytesSpec.Parse(ip, args, offset, count, kwnames, a);
            PyObject b = CallBytesMethod(ip, a[0]);
            byte[] data = b != null ? ((PyBytes)b).Data : Source(ip, a, "bytes");
            PyBytes value = b != null ? (PyBytes)b : data.Length == 0 ? PyBytes.Empty : new PyBytes(data);
            return ReferenceEquals(cls, PyTypes.Bytes) ? (PyObject)value : new PyInstance(cls, value);
        }

        /// <summary>bytearray() with the arguments of bytes().</summary>
        internal static PyObject NewByteArray(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            ByteArraySpec.Parse(ip, args, offset, count, kwnames, a);
            byte[] data = Source(ip, a, "bytearray");
            PyByteArray value = new PyByteArray(data, data.Length);
            return ReferenceEquals(cls, PyTypes.ByteArray) ? (PyObject)value : new PyInstance(cls, value);
        }

        /// <summary>memoryview(object).</summary>
        internal static PyObject NewMemoryView(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[1];
            MemoryViewSpec.Parse(ip, args, offset, count, kwnames, a);
            return PyMemoryView.Of(a[0]);
        }

        /// <summary>The bytes of o.__bytes__() for an instance whose class defines it, else null.</summary>
        internal static PyObject CallBytesMethod(Interpreter ip, PyObject o)
        {
            if (!(o is PyInstance))
            {
                return null;
            }

            PyObject f = o.Type.Lookup(s_bytesName);
            if (f == null || !Ops.IsPythonCallable(f))
            {
                return null;
            }

            PyObject r = Ops.CallMethod1(ip, f, o);
            PyBytes b = r.NativeBase as PyBytes;
            if (b == null)
            {
                throw TextErrors.Type("__bytes__ returned non-bytes (type " + TextErrors.TypeName(r) + ")");
            }

            return b;
        }

        // The content of a new bytes or bytearray from (source, encoding, errors).
        private static byte[] Source(Interpreter ip, PyObject[] a, string typeName)
        {
            PyObject src = a[0];
            if (src == null)
            {
                if (a[1] != null || a[2] != null)
                {
                    throw TextErrors.Type(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
                }

                return new byte[0];
            }

            PyStr s = src.NativeBase as PyStr;
            if (s != null)
            {
                if (a[1] == null)
                {
                    throw TextErrors.Type(TextErrors.StrWithoutEncoding);
                }

                string encoding = Codecs.NameArg(a[1], typeName, "encoding", "utf-8");
                string errors = Codecs.NameArg(a[2], typeName, "errors", "strict");
                return Codecs.Encode(s, Codecs.Lookup(encoding), errors);
            }

            if (a[1] != null || a[2] != null)
            {
                throw TextErrors.Type(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }

            byte[] copy = BufferProtocol.ToArray(src);
            if (copy != null)
            {
                return copy;
            }

            if (src is PyInt || Ops.HasIndex(ip, src))
            {
                long n = Ops.Index(ip, src);
                if (n < 0)
                {
                    throw TextErrors.Value(TextErrors.NegativeCount);
                }

                return new byte[Ops.CheckedSize(n)];
            }

            if (src.GetIter(ip) == null && !(src is PyInstance))
            {
                throw TextErrors.Type("cannot convert '" + TextErrors.TypeName(src) + "' object to " + typeName);
            }

            PyObject it = Ops.GetIter(ip, src);
            PyByteArray r = new PyByteArray(new byte[8], 0);
            byte[] one = new byte[1];
            PyObject x;
            while ((x = Ops.Next(ip, it)) != null)
            {
                long v = Ops.Index(ip, x);
                if (v < 0 || v > 255)
                {
                    throw TextErrors.Value(typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
                }

                one[0] = (byte)v;
                r.Append(one, 0, 1);
            }

            return r.ToArray();
        }
    }
}

using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>Python bytes: an immutable byte array of exactly its length. Methods live in the Builtins assembly.</summary>
    public sealed class PyBytes : PyObject
    {
        /// <summary>b''.</summary>
        public static readonly PyBytes Empty = new PyBytes(new byte[0]);

        /// <summary>The bytes (never modified).</summary>
        public readonly byte[] Data;

        private int _hash;

        /// <summary>Bytes owning the array.</summary>
        public PyBytes(byte[] data)
        {
            Data = data;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Bytes; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return ReprOf(Data, 0, Data.Length);
        }

        /// <summary>CPython's repr of a byte range: b'...' with the same quote choice and escapes (ast.literal_eval reads it).</summary>
        public static string ReprOf(byte[] d, int offset, int count)
        {
            bool hasSingle = false;
            bool hasDouble = false;
            for (int i = 0; i < count; i++)
            {
                byte c = d[offset + i];
                if (c == '\'')
                {
                    hasSingle = true;
                }
                else if (c == '"')
                {
                    hasDouble = true;
                }
            }

            char quote = hasSingle && !hasDouble ? '"' : '\'';
            StringBuilder sb = new StringBuilder(count + 3);
            sb.Append('b');
            sb.Append(quote);
            for (int i = 0; i < count; i++)
            {
                int c = d[offset + i];
                if (c == quote || c == '\\')
                {
                    sb.Append('\\');
                    sb.Append((char)c);
                }
                else if (c == '\t')
                {
                    sb.Append("\\t");
                }
                else if (c == '\n')
                {
                    sb.Append("\\n");
                }
                else if (c == '\r')
                {
                    sb.Append("\\r");
                }
                else if (c < 0x20 || c >= 0x7F)
                {
                    sb.Append("\\x");
                    sb.Append(StrUtil.HexDigit(c >> 4));
                    sb.Append(StrUtil.HexDigit(c & 15));
                }
                else
                {
                    sb.Append((char)c);
                }
            }

            sb.Append(quote);
            return sb.ToString();
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            if (_hash == 0)
            {
                _hash = StrUtil.Hash(Data, 0, Data.Length);
            }

            return _hash;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Data.Length != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return Data.Length;
        }

        /// <summary>The bytes of a bytes-like object (bytes, bytearray) and the used length, or null.</summary>
        public static byte[] BufferOf(PyObject o, out int length)
        {
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                length = b.Data.Length;
                return b.Data;
            }

            PyByteArray ba = o as PyByteArray;
            if (ba != null)
            {
                length = ba.Count;
                return ba.Data;
            }

            length = 0;
            return null;
        }

        /// <summary>Lexicographic comparison of two byte ranges.</summary>
        public static int Compare(byte[] a, int na, byte[] b, int nb)
        {
            int n = na < nb ? na : nb;
            for (int i = 0; i < n; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return na - nb;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            int nb;
            byte[] b = BufferOf(other, out nb);
            if (b == null)
            {
                return null;
            }

            return PyBool.Of(Ops.CompareResult(op, Compare(Data, Data.Length, b, nb)));
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            return ContainsIn(ip, Data, Data.Length, item) ? 1 : 0;
        }

        /// <summary>Membership of an int or a byte string in a byte range.</summary>
        public static bool ContainsIn(Interpreter ip, byte[] data, int count, PyObject item)
        {
            PyInt i = item as PyInt;
            if (i != null)
            {
                if (i.Value < 0 || i.Value > 255)
                {
                    throw new PyException(PyExc.ValueError, "byte must be in range(0, 256)");
                }

                for (int k = 0; k < count; k++)
                {
                    if (data[k] == i.Value)
                    {
                        return true;
                    }
                }

                return false;
            }

            int n;
            byte[] sub = BufferOf(item, out n);
            if (sub == null)
            {
                throw new PyException(PyExc.TypeError, "a bytes-like object is required, not '" + item.Type.Name.Value + "'");
            }

            return IndexOf(data, 0, count, sub, n) >= 0;
        }

        /// <summary>First position of needle[0..n) in hay[start..end), or -1.</summary>
        public static int IndexOf(byte[] hay, int start, int end, byte[] needle, int n)
        {
            for (int i = start; i + n <= end; i++)
            {
                int j = 0;
                while (j < n && hay[i + j] == needle[j])
                {
                    j++;
                }

                if (j == n)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PyInt i = key as PyInt;
            if (i != null)
            {
                long k = i.Value;
                if (k < 0)
                {
                    k += Data.Length;
                }

                if (k < 0 || k >= Data.Length)
                {
                    throw new PyException(PyExc.IndexError, "index out of range");
                }

                return PyInt.Get(Data[(int)k]);
            }

            PySlice s = key as PySlice;
            if (s != null)
            {
                int start, stop, step;
                int len = s.Indices(ip, Data.Length, out start, out stop, out step);
                if (step == 1 && len == Data.Length)
                {
                    return this;
                }

                return new PyBytes(SliceOf(Data, start, step, len));
            }

            return GetItem(ip, PyInt.Get(Ops.Index(ip, key)));
        }

        /// <summary>Copies a stepped slice of bytes.</summary>
        public static byte[] SliceOf(byte[] d, int start, int step, int len)
        {
            byte[] r = new byte[len];
            if (step == 1)
            {
                System.Array.Copy(d, start, r, 0, len);
            }
            else
            {
                for (int j = 0, p = start; j < len; j++, p += step)
                {
                    r[j] = d[p];
                }
            }

            return r;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            int o = op >= Runtime.BinaryOp.InplaceOffset ? op - Runtime.BinaryOp.InplaceOffset : op;
            if (o == Runtime.BinaryOp.Add)
            {
                int n;
                byte[] b = BufferOf(other, out n);
                if (b == null)
                {
                    return null;
                }

                byte[] r = new byte[Data.Length + n];
                System.Array.Copy(Data, 0, r, 0, Data.Length);
                System.Array.Copy(b, 0, r, Data.Length, n);
                return new PyBytes(r);
            }

            long times;
            if (o == Runtime.BinaryOp.Multiply && Ops.RepeatCount(ip, other, out times))
            {
                return new PyBytes(Repeat(Data, Data.Length, times));
            }

            if (o == Runtime.BinaryOp.Modulo)
            {
                return ip.Hooks.FormatPercentBytes(ip, this, other);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            long n;
            if (op == Runtime.BinaryOp.Multiply && Ops.RepeatCount(ip, other, out n))
            {
                return new PyBytes(Repeat(Data, Data.Length, n));
            }

            return null;
        }

        /// <summary>A byte range repeated n times.</summary>
        public static byte[] Repeat(byte[] d, int count, long n)
        {
            if (n <= 0 || count == 0)
            {
                return new byte[0];
            }

            byte[] r = new byte[Ops.RepeatSize(n, count)];
            for (int k = 0; k < n; k++)
            {
                System.Array.Copy(d, 0, r, k * count, count);
            }

            return r;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyBytesIterator(Data, null);
        }
    }
}

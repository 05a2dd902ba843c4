namespace NanoPython.Runtime
{
    /// <summary>
    /// Python semantics over the slots of <see cref="PyObject"/>: the one place where an unsupported slot becomes a
    /// TypeError or AttributeError, where binary operators try the reflected form, where == falls back to identity.
    /// The VM inlines the common shapes and calls these for everything else. Split by concern into partial files.
    /// </summary>
    public static partial class Ops
    {
        /// <summary>The hexadecimal identity of an object (for default reprs).</summary>
        public static string IdHex(PyObject o)
        {
            uint h = (uint)IdentityHash(o);
            char[] c = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                c[i] = StrUtil.HexDigit((int)(h & 15));
                h >>= 4;
            }

            return new string(c);
        }

        /// <summary>The identity hash of an object (stable for its lifetime).</summary>
        public static int IdentityHash(PyObject o)
        {
            // PyObject classes never override GetHashCode, so object's identity hash is used (nanoFramework has no RuntimeHelpers.GetHashCode).
            return ((object)o).GetHashCode() & 0x7FFFFFFF;
        }

        /// <summary>Whether a comparison result c (negative, zero, positive) satisfies op.</summary>
        public static bool CompareResult(int op, int c)
        {
            switch (op)
            {
                case CompareOp.Lt: return c < 0;
                case CompareOp.Le: return c <= 0;
                case CompareOp.Eq: return c == 0;
                case CompareOp.Ne: return c != 0;
                case CompareOp.Gt: return c > 0;
                case CompareOp.Ge: return c >= 0;
            }

            return false;
        }

        /// <summary>bool(o).</summary>
        public static bool IsTrue(Interpreter ip, PyObject o)
        {
            if (o is PyBool)
            {
                return ((PyBool)o).Value != 0;
            }

            if (o is PyNone)
            {
                return false;
            }

            int t = o.Truth(ip);
            if (t >= 0)
            {
                return t != 0;
            }

            int n = o.Length(ip);
            if (n >= 0)
            {
                return n != 0;
            }

            return true;
        }

        /// <summary>a == b as a C# bool (identity first, as containers compare).</summary>
        public static bool Equal(Interpreter ip, PyObject a, PyObject b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            PyInt ia = a as PyInt;
            if (ia != null)
            {
                PyInt ib = b as PyInt;
                if (ib != null)
                {
                    return ia.Value == ib.Value;
                }
            }

            PyStr sa = a as PyStr;
            if (sa != null)
            {
                PyStr sb = b as PyStr;
                if (sb != null)
                {
                    return PyStr.Equal(sa, sb);
                }
            }

            return IsTrue(ip, RichCompare(ip, CompareOp.Eq, a, b));
        }

        /// <summary>hash(o).</summary>
        public static int Hash(Interpreter ip, PyObject o)
        {
            return o.Hash(ip);
        }

        /// <summary>repr(o) (depth-limited).</summary>
        public static string Repr(Interpreter ip, PyObject o)
        {
            PyStr s = o as PyStr;
            if (s != null)
            {
                return PyStr.ReprOf(s.Value);
            }

            if (++ip.Depth > ip.MaxDepth)
            {
                ip.Depth--;
                throw RecursionError();
            }

            try
            {
                return o.Repr(ip);
            }
            finally
            {
                ip.Depth--;
            }
        }

        /// <summary>str(o).</summary>
        public static string Str(Interpreter ip, PyObject o)
        {
            PyStr s = o as PyStr;
            if (s != null)
            {
                return s.Value;
            }

            if (++ip.Depth > ip.MaxDepth)
            {
                ip.Depth--;
                throw RecursionError();
            }

            try
            {
                return o.Str(ip);
            }
            finally
            {
                ip.Depth--;
            }
        }

        /// <summary>The text of the result of __str__/__repr__, which must be a str.</summary>
        public static string StrResult(Interpreter ip, PyObject r, string method)
        {
            PyStr s = r as PyStr;
            if (s != null)
            {
                return s.Value;
            }

            PyObject nb = r.NativeBase;
            if (nb is PyStr)
            {
                return ((PyStr)nb).Value;
            }

            throw new PyException(PyExc.TypeError, method + " returned non-string (type " + r.Type.Name.Value + ")");
        }

        /// <summary>The string value of an argument that must be a str.</summary>
        public static string ExpectStr(PyObject v, string what)
        {
            PyStr s = v as PyStr;
            if (s == null)
            {
                s = v.NativeBase as PyStr;
                if (s == null)
                {
                    throw new PyException(PyExc.TypeError, what + " must be str, not " + v.Type.Name.Value);
                }
            }

            return s.Value;
        }

        /// <summary>A size computed from user input, checked to fit in an array.</summary>
        public static int CheckedSize(long n)
        {
            if (n < 0 || n > 0x3FFFFFFF)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            return (int)n;
        }

        /// <summary>
        /// The element count of a sequence of length items repeated n times (n > 0, length > 0), or MemoryError: the
        /// product is checked before it is formed, so a huge n cannot wrap around to a small size.
        /// </summary>
        public static int RepeatSize(long n, int length)
        {
            if (n > 0x3FFFFFFF / length)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            return (int)(n * length);
        }

        /// <summary>A RecursionError ready to throw.</summary>
        public static PyException RecursionError()
        {
            return new PyException(PyExc.RecursionError, "maximum recursion depth exceeded");
        }

        /// <summary>A StopIteration carrying value (no argument when value is None or null).</summary>
        public static PyException StopIteration(PyObject value)
        {
            if (value == null || value is PyNone)
            {
                return new PyException(PyExc.StopIteration);
            }

            return new PyException(PyExc.StopIteration, value);
        }

        /// <summary>tuple(v).</summary>
        public static PyTuple ToTuple(Interpreter ip, PyObject v)
        {
            PyTuple t = v as PyTuple;
            if (t != null)
            {
                return t;
            }

            PyList l = v as PyList;
            if (l != null)
            {
                return PyTuple.FromArray(l.Items, 0, l.Count);
            }

            PyList tmp = new PyList();
            tmp.Extend(ip, v);
            return PyTuple.FromArray(tmp.Items, 0, tmp.Count);
        }

        /// <summary>The items of a tuple or list without copying, or a fresh array of any other iterable's items.</summary>
        public static PyObject[] ItemsOf(Interpreter ip, PyObject v, out int count)
        {
            PyTuple t = v as PyTuple;
            if (t != null)
            {
                count = t.Items.Length;
                return t.Items;
            }

            PyList l = v as PyList;
            if (l != null)
            {
                count = l.Count;
                return l.Items;
            }

            PyList tmp = new PyList();
            tmp.Extend(ip, v);
            count = tmp.Count;
            return tmp.Items;
        }

        /// <summary>Element-wise comparison of two sequences (lexicographic, as tuples and lists compare).</summary>
        public static PyObject CompareSequences(Interpreter ip, int op, PyObject[] a, int na, PyObject[] b, int nb)
        {
            if ((op == CompareOp.Eq || op == CompareOp.Ne) && na != nb)
            {
                return PyBool.Of(op == CompareOp.Ne);
            }

            int n = na < nb ? na : nb;
            for (int i = 0; i < n; i++)
            {
                if (!Equal(ip, a[i], b[i]))
                {
                    if (op == CompareOp.Eq)
                    {
                        return PyBool.False;
                    }

                    if (op == CompareOp.Ne)
                    {
                        return PyBool.True;
                    }

                    return RichCompare(ip, op, a[i], b[i]);
                }
            }

            return PyBool.Of(CompareResult(op, na - nb));
        }
    }
}

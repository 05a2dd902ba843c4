using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>
    /// Python str: an immutable sequence of code points, stored as a .NET string (UTF-16). Strings without surrogate
    /// pairs (nearly all) index directly; the others convert indices by scanning. The hash is computed once. Names are
    /// interned (<see cref="Intern"/>), so equal names are the same object. The method set lives in the Builtins
    /// assembly (PyStr.Methods), the core here is what the language needs.
    /// </summary>
    public sealed class PyStr : PyObject
    {
        // _bits: these flags in the low four bits, the hash (once computed) above them. One field, not two: every
        // field of an object is a 12-byte heap block on nanoFramework, and strings are the most numerous objects.
        private const int FlagInterned = 1;
        private const int FlagScanned = 2;
        private const int FlagSurrogates = 4;
        private const int FlagHashed = 8;
        private const int HashShift = 4;

        /// <summary>The empty string.</summary>
        public static readonly PyStr Empty = new PyStr(string.Empty);

        /// <summary>The text.</summary>
        public readonly string Value;

        private int _bits;

        /// <summary>A new (not interned) string.</summary>
        public PyStr(string value)
        {
            Value = value;
        }

        internal PyStr(string value, bool interned)
        {
            Value = value;
            if (interned)
            {
                _bits = FlagInterned;
            }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Str; }
        }

        /// <summary>True for interned strings (names), which compare by reference.</summary>
        public bool IsInterned
        {
            get { return (_bits & FlagInterned) != 0; }
        }

        /// <summary>True when the text holds surrogate pairs (code points above U+FFFF), so char index != code point index.</summary>
        public bool HasSurrogates
        {
            get
            {
                if ((_bits & FlagScanned) == 0)
                {
                    int f = FlagScanned;
                    string v = Value;
                    for (int i = 0; i < v.Length; i++)
                    {
                        char c = v[i];
                        if (c >= 0xD800 && c <= 0xDFFF)
                        {
                            f |= FlagSurrogates;
                            break;
                        }
                    }

                    // A race with GetHash can lose this update (or the hash's): either is only computed again.
                    _bits |= f;
                }

                return (_bits & FlagSurrogates) != 0;
            }
        }

        /// <summary>The number of code points.</summary>
        public int CodePointCount
        {
            get
            {
                if (!HasSurrogates)
                {
                    return Value.Length;
                }

                int n = 0;
                string v = Value;
                for (int i = 0; i < v.Length; i++)
                {
                    char c = v[i];
                    if (!(c >= 0xDC00 && c <= 0xDFFF && i > 0 && v[i - 1] >= 0xD800 && v[i - 1] <= 0xDBFF))
                    {
                        n++;
                    }
                }

                return n;
            }
        }

        /// <summary>The char index of a code point index (0..count inclusive).</summary>
        public int CharIndex(int cpIndex)
        {
            if (!HasSurrogates)
            {
                return cpIndex;
            }

            string v = Value;
            int i = 0;
            int cp = 0;
            while (cp < cpIndex && i < v.Length)
            {
                i += StrUtil.CodePointAt(v, i) > 0xFFFF ? 2 : 1;
                cp++;
            }

            return i;
        }

        /// <summary>The code point index of a char index.</summary>
        public int CodePointIndex(int charIndex)
        {
            if (!HasSurrogates)
            {
                return charIndex;
            }

            string v = Value;
            int i = 0;
            int cp = 0;
            while (i < charIndex && i < v.Length)
            {
                i += StrUtil.CodePointAt(v, i) > 0xFFFF ? 2 : 1;
                cp++;
            }

            return cp;
        }

        /// <summary>The substring of code points [start, end).</summary>
        public string SubstringCp(int start, int end)
        {
            if (!HasSurrogates)
            {
                return Value.Substring(start, end - start);
            }

            int a = CharIndex(start);
            int b = CharIndex(end);
            return Value.Substring(a, b - a);
        }

        /// <summary>Python's hash of this string.</summary>
        public int GetHash()
        {
            int b = _bits;
            if ((b & FlagHashed) == 0)
            {
                b = (b & (FlagHashed - 1)) | FlagHashed | (HashOf(Value) << HashShift);
                _bits = b;
            }

            return b >> HashShift;
        }

        /// <summary>The hash a str of this text has (28 bits, sign-extended; never -1, which Python reserves).</summary>
        public static int HashOf(string text)
        {
            int h = (StrUtil.Hash(text) << HashShift) >> HashShift;
            return h == -1 ? -2 : h;
        }

        /// <summary>Equality of two strings (reference first, then hash, then text).</summary>
        public static bool Equal(PyStr a, PyStr b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a.IsInterned && b.IsInterned)
            {
                return false;
            }

            int ha = a._bits;
            int hb = b._bits;
            if ((ha & hb & FlagHashed) != 0 && (ha >> HashShift) != (hb >> HashShift))
            {
                return false;
            }

            return a.Value == b.Value;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return GetHash();
        }

        /// <inheritdoc/>
        public override string Str(Interpreter ip)
        {
            return Value;
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return ReprOf(Value);
        }

        /// <summary>
        /// Python's repr of a string: quotes chosen as CPython does, escapes for control characters and, as MicroPython
        /// does, for every non-ASCII character (\xNN, \uNNNN, \UNNNNNNNN), so reprs stay ASCII on serial consoles.
        /// </summary>
        public static string ReprOf(string v)
        {
            char quote = '\'';
            if (v.IndexOf('\'') >= 0 && v.IndexOf('"') < 0)
            {
                quote = '"';
            }

            StringBuilder sb = new StringBuilder(v.Length + 2);
            sb.Append(quote);
            for (int i = 0; i < v.Length; i++)
            {
                char c = v[i];
                if (c == quote || c == '\\')
                {
                    sb.Append('\\');
                    sb.Append(c);
                }
                else if (c == '\n')
                {
                    sb.Append("\\n");
                }
                else if (c == '\r')
                {
                    sb.Append("\\r");
                }
                else if (c == '\t')
                {
                    sb.Append("\\t");
                }
                else if (c < 0x20 || c == 0x7F)
                {
                    sb.Append("\\x");
                    sb.Append(StrUtil.HexDigit(c >> 4));
                    sb.Append(StrUtil.HexDigit(c & 15));
                }
                else if (c >= 0x7F)
                {
                    // MicroPython escapes every non-ASCII character in repr (CPython prints printable ones as they are).
                    int cp = StrUtil.CodePointAt(v, i);
                    if (cp > 0xFFFF)
                    {
                        i++;
                        sb.Append("\\U");
                        AppendHex(sb, cp, 8);
                    }
                    else if (cp > 0xFF)
                    {
                        sb.Append("\\u");
                        AppendHex(sb, cp, 4);
                    }
                    else
                    {
                        sb.Append("\\x");
                        AppendHex(sb, cp, 2);
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }

            sb.Append(quote);
            return sb.ToString();
        }

        private static void AppendHex(StringBuilder sb, int v, int digits)
        {
            for (int k = digits - 1; k >= 0; k--)
            {
                sb.Append(StrUtil.HexDigit((v >> (4 * k)) & 15));
            }
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Value.Length != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            return CodePointCount;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyStr o = other as PyStr;
            if (o == null)
            {
                return null;
            }

            if (op == CompareOp.Eq)
            {
                return PyBool.Of(Equal(this, o));
            }

            if (op == CompareOp.Ne)
            {
                return PyBool.Of(!Equal(this, o));
            }

            int c = StrUtil.CompareCodePoints(Value, o.Value);
            return PyBool.Of(Ops.CompareResult(op, c));
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            switch (op)
            {
                case Runtime.BinaryOp.Add:
                case Runtime.BinaryOp.Add + Runtime.BinaryOp.InplaceOffset:
                    PyStr o = other as PyStr;
                    if (o == null)
                    {
                        return null;
                    }

                    if (o.Value.Length == 0)
                    {
                        return this;
                    }

                    if (Value.Length == 0)
                    {
                        return o;
                    }

                    return new PyStr(Value + o.Value);
                case Runtime.BinaryOp.Multiply:
                case Runtime.BinaryOp.Multiply + Runtime.BinaryOp.InplaceOffset:
                    long n;
                    return Ops.RepeatCount(ip, other, out n) ? Repeat(n) : null;
                case Runtime.BinaryOp.Modulo:
                case Runtime.BinaryOp.Modulo + Runtime.BinaryOp.InplaceOffset:
                    return ip.Hooks.FormatPercent(ip, this, other);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            long n;
            if (op == Runtime.BinaryOp.Multiply && Ops.RepeatCount(ip, other, out n))
            {
                return Repeat(n);
            }

            return null;
        }

        /// <summary>The string repeated n times.</summary>
        public PyStr Repeat(long n)
        {
            if (n <= 0 || Value.Length == 0)
            {
                return Empty;
            }

            if (n == 1)
            {
                return this;
            }

            StringBuilder sb = new StringBuilder(Ops.RepeatSize(n, Value.Length));
            for (long i = 0; i < n; i++)
            {
                sb.Append(Value);
            }

            return new PyStr(sb.ToString());
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            PyStr s = item as PyStr;
            if (s == null)
            {
                throw new PyException(PyExc.TypeError, "'in <string>' requires string as left operand, not " + item.Type.Name.Value);
            }

            return StrUtil.IndexOfOrdinal(Value, s.Value, 0) >= 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PyInt i = key as PyInt;
            if (i != null)
            {
                int n = CodePointCount;
                long k = i.Value;
                if (k < 0)
                {
                    k += n;
                }

                if (k < 0 || k >= n)
                {
                    throw new PyException(PyExc.IndexError, "string index out of range");
                }

                if (!HasSurrogates)
                {
                    return PyStr.OfChar(Value[(int)k]);
                }

                return new PyStr(SubstringCp((int)k, (int)k + 1));
            }

            PySlice sl = key as PySlice;
            if (sl != null)
            {
                int start, stop, step;
                int len = sl.Indices(ip, CodePointCount, out start, out stop, out step);
                if (step == 1)
                {
                    if (len == CodePointCount)
                    {
                        return this;
                    }

                    return len == 0 ? Empty : new PyStr(SubstringCp(start, start + len));
                }

                StringBuilder sb = new StringBuilder(len);
                for (int j = 0, p = start; j < len; j++, p += step)
                {
                    sb.Append(HasSurrogates ? SubstringCp(p, p + 1) : Value.Substring(p, 1));
                }

                return new PyStr(sb.ToString());
            }

            if (key is PyBool || Ops.HasIndex(ip, key))
            {
                return GetItem(ip, PyInt.Get(Ops.Index(ip, key)));
            }

            throw new PyException(PyExc.TypeError, "string indices must be integers, not '" + key.Type.Name.Value + "'");
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return new PyStrIterator(this);
        }

        private static PyStr[] s_ascii;

        /// <summary>A one-character string; ASCII ones are shared.</summary>
        public static PyStr OfChar(char c)
        {
            if (c < 128)
            {
                PyStr[] t = s_ascii;
                if (t == null)
                {
                    t = new PyStr[128];
                    s_ascii = t;
                }

                PyStr s = t[c];
                if (s == null)
                {
                    s = new PyStr(new string(c, 1));
                    t[c] = s;
                }

                return s;
            }

            return new PyStr(new string(c, 1));
        }

        /// <summary>A str for a .NET string (the shared empty string for "").</summary>
        public static PyStr Of(string s)
        {
            return s.Length == 0 ? Empty : new PyStr(s);
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>The builtins chr, ord, ascii and format.</summary>
    internal static class TextBuiltins
    {
        /// <summary>Adds the functions to an interpreter's builtins.</summary>
        internal static void Install(Interpreter ip)
        {
            ip.AddLazyBuiltins("chr ord ascii format", Create);
        }

        // The functions, created on first use (see Interpreter.AddLazyBuiltins), in the order of the names above.
        private static PyObject Create(Interpreter ip, int index)
        {
            switch (index)
            {
                case 0:
                    return new PyBuiltin1("chr", Chr);
                case 1:
                    return new PyBuiltin1("ord", Ord);
                case 2:
                    return new PyBuiltin1("ascii", Ascii);
                case 3:
                    return new PyBuiltin2("format", Format, 1);
                default:
                    return null;
            }
        }

        private static PyObject Chr(Interpreter ip, PyObject i)
        {
            long c = Ops.Index(ip, i);
            if (c < 0 || c > 0x10FFFF)
            {
                throw TextErrors.Value(TextErrors.ChrRange);
            }

            return c < 0x80 ? PyStr.OfChar((char)c) : new PyStr(StrUtil.FromCodePoint((int)c));
        }

        private static PyObject Ord(Interpreter ip, PyObject c)
        {
            PyObject nb = c.NativeBase;
            int length;
            PyStr s = nb as PyStr;
            if (s != null)
            {
                TextView v = TextView.OfStr(s);
                if (v.Length > 0 && v.UnitsAt(0) == v.Length)
                {
                    return PyInt.Get(v.CodePointAt(0));
                }

                length = v.CodePointLength;
            }
            else if (nb is PyBytes || nb is PyByteArray)
            {
                int offset;
                byte[] data = BufferProtocol.Require(nb, out offset, out length);
                if (length == 1)
                {
                    return PyInt.Get(data[offset]);
                }
            }
            else
            {
                throw TextErrors.Type("ord() expected string of length 1, but " + TextErrors.TypeName(c) + " found");
            }

            throw TextErrors.Type("ord() expected a character, but string of length " + length + " found");
        }

        private static PyObject Ascii(Interpreter ip, PyObject o)
        {
            return new PyStr(AsciiOf(ip, o));
        }

        /// <summary>ascii(o): repr(o) with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN.</summary>
        internal static string AsciiOf(Interpreter ip, PyObject o)
        {
            string r = Ops.Repr(ip, o);
            TextView v = TextView.OfStr(new PyStr(r));
            TextBuilder tb = null;
            for (int i = 0; i < v.Length; i += v.UnitsAt(i))
            {
                int c = v.CodePointAt(i);
                if (c >= 0x80 && tb == null)
                {
                    tb = new TextBuilder(v.Length + 16);
                    tb.Append(v.Chars, 0, i);
                }

                if (tb != null)
                {
                    if (c < 0x80)
                    {
                        tb.Append((char)c);
                    }
                    else
                    {
                        tb.Append(Codecs.EscapeCodePoint(c));
                    }
                }
            }

            return tb == null ? r : tb.ToString();
        }

        private static PyObject Format(Interpreter ip, PyObject value, PyObject spec)
        {
            string s = string.Empty;
            if (spec != null)
            {
                PyStr ps = spec.NativeBase as PyStr;
                if (ps == null)
                {
                    throw TextErrors.Expected("format() argument 2 must be str, not ", spec);
                }

                s = ps.Value;
            }

            return PyStr.Of(Ops.Format(ip, value, s));
        }
    }
}

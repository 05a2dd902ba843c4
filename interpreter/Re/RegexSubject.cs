using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Re
{
    /// <summary>
    /// The text a pattern runs over: a str as UTF-16 chars (copied once; indexing a string is not O(1) on the
    /// device), or a bytes-like object as chars 0-255. Python positions are code points; they differ from char
    /// positions only when a str holds characters beyond U+FFFF, and are converted here.
    /// </summary>
    internal sealed class RegexSubject
    {
        /// <summary>The object searched (match.string).</summary>
        internal readonly PyObject Source;

        /// <summary>The characters.</summary>
        internal readonly char[] Chars;

        /// <summary>True for bytes-like subjects (groups are bytes).</summary>
        internal readonly bool IsBytes;

        private readonly bool _wide;

        private RegexSubject(PyObject source, char[] chars, bool isBytes)
        {
            Source = source;
            Chars = chars;
            IsBytes = isBytes;
            if (!isBytes)
            {
                for (int i = 0; i < chars.Length; i++)
                {
                    if (chars[i] >= 0xD800 && chars[i] <= 0xDFFF)
                    {
                        _wide = true;
                        break;
                    }
                }
            }
        }

        /// <summary>The subject of a str or bytes-like object; TypeError for anything else.</summary>
        internal static RegexSubject Of(PyObject o)
        {
            PyStr s = o.NativeBase as PyStr;
            if (s != null)
            {
                return new RegexSubject(o, s.Value.ToCharArray(), false);
            }

            byte[] data;
            int offset, count;
            if (!BufferProtocol.Get(o, out data, out offset, out count))
            {
                throw new PyException(PyExc.TypeError, "expected string or bytes-like object, got '" + o.Type.Name.Value + "'");
            }

            char[] c = new char[count];
            for (int i = 0; i < count; i++)
            {
                c[i] = (char)data[offset + i];
            }

            return new RegexSubject(o, c, true);
        }

        /// <summary>The length in code points.</summary>
        internal int Length
        {
            get { return _wide ? ToPython(Chars.Length) : Chars.Length; }
        }

        /// <summary>The char index of a Python position (clamped to the text).</summary>
        internal int ToChar(long cp)
        {
            if (cp < 0)
            {
                return 0;
            }

            if (!_wide)
            {
                return cp > Chars.Length ? Chars.Length : (int)cp;
            }

            int i = 0;
            for (long k = 0; k < cp && i < Chars.Length; k++)
            {
                i += Chars[i] >= 0xD800 && Chars[i] <= 0xDBFF && i + 1 < Chars.Length ? 2 : 1;
            }

            return i;
        }

        /// <summary>The Python position of a char index (-1 stays -1).</summary>
        internal int ToPython(int index)
        {
            if (!_wide || index <= 0)
            {
                return index;
            }

            int cp = 0;
            for (int i = 0; i < index; i++)
            {
                if (!(Chars[i] >= 0xDC00 && Chars[i] <= 0xDFFF && i > 0 && Chars[i - 1] >= 0xD800 && Chars[i - 1] <= 0xDBFF))
                {
                    cp++;
                }
            }

            return cp;
        }

        /// <summary>The text of chars [start, end) as str or bytes.</summary>
        internal PyObject Slice(int start, int end)
        {
            if (IsBytes)
            {
                byte[] b = new byte[end - start];
                for (int i = 0; i < b.Length; i++)
                {
                    b[i] = (byte)Chars[start + i];
                }

                return new PyBytes(b);
            }

            return new PyStr(new string(Chars, start, end - start));
        }

        /// <summary>The empty str or bytes.</summary>
        internal PyObject Empty
        {
            get { return IsBytes ? (PyObject)PyBytes.Empty : PyStr.Empty; }
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// A str, bytes or bytearray value seen as a sequence of units (<see cref="At"/>): the UTF-16 units of a str, the
    /// bytes of a bytes-like object. One implementation of each method serves the three types, as in MicroPython's
    /// objstr.c; results are made in the kind of the receiver (<see cref="Slice"/>, <see cref="Make"/>).
    /// </summary>
    /// <remarks>
    /// A str is copied to a char array once per call: nanoFramework keeps strings as UTF-8 and its indexer walks
    /// the text from the start, so scanning the string itself would be quadratic. Bytes are read in place (no copy
    /// of a large buffer just to search it). Units, not code points: a str with surrogate pairs (<see cref="Wide"/>)
    /// converts the code point indices of the Python API at the boundary (<see cref="ToUnit"/>,
    /// <see cref="ToCodePoint"/>, <see cref="Range"/>) and works on units inside, which is exact because a needle or
    /// separator always holds whole pairs.
    /// </remarks>
    internal sealed partial class TextView
    {
        /// <summary>A str.</summary>
        internal const int KindStr = 0;

        /// <summary>A bytes.</summary>
        internal const int KindBytes = 1;

        /// <summary>A bytearray.</summary>
        internal const int KindByteArray = 2;

        /// <summary>The units of a str, or null for bytes (see <see cref="At"/>).</summary>
        internal readonly char[] Chars;

        // The bytes of a bytes view: _data[_offset, _offset + Length).
        private readonly byte[] _data;
        private readonly int _offset;

        /// <summary>Number of units.</summary>
        internal readonly int Length;

        /// <summary>KindStr, KindBytes or KindByteArray.</summary>
        internal readonly int Kind;

        /// <summary>The viewed object (a str or bytes returned as is when a method leaves it unchanged), or null.</summary>
        internal readonly PyObject Source;

        /// <summary>True for a str holding surrogate pairs: unit and code point indices differ.</summary>
        internal readonly bool Wide;

        private TextView(char[] chars, byte[] data, int offset, int length, int kind, PyObject source, bool wide)
        {
            Chars = chars;
            _data = data;
            _offset = offset;
            Length = length;
            Kind = kind;
            Source = source;
            Wide = wide;
        }

        /// <summary>The unit at index i.</summary>
        internal int At(int i)
        {
            return Chars != null ? Chars[i] : _data[_offset + i];
        }

        /// <summary>True for a str.</summary>
        internal bool IsStr
        {
            get { return Kind == KindStr; }
        }

        /// <summary>The view of a method's receiver: a str, bytes or bytearray (user subclasses already unwrapped).</summary>
        internal static TextView Of(PyObject self)
        {
            PyStr s = self as PyStr;
            if (s != null)
            {
                return OfStr(s);
            }

            PyByteArray ba = self as PyByteArray;
            if (ba != null)
            {
                return OfBytes(ba.Data, 0, ba.Count, KindByteArray, null);
            }

            PyBytes b = (PyBytes)self;
            return OfBytes(b.Data, 0, b.Data.Length, KindBytes, b);
        }

        /// <summary>The view of a str.</summary>
        internal static TextView OfStr(PyStr s)
        {
            char[] c = s.Value.ToCharArray();
            bool wide = false;
            for (int i = 0; i < c.Length; i++)
            {
                if (c[i] >= 0xD800 && c[i] <= 0xDFFF)
                {
                    wide = true;
                    break;
                }
            }

            return new TextView(c, null, 0, c.Length, KindStr, s, wide);
        }

        /// <summary>A view of the bytes data[offset, offset + count) (not copied).</summary>
        internal static TextView OfBytes(byte[] data, int offset, int count, int kind, PyObject source)
        {
            return new TextView(null, data, offset, count, kind, source, false);
        }

        /// <summary>
        /// An argument of the receiver's family: a str for str (TypeError: prefix + type name otherwise), any bytes-like
        /// object for bytes and bytearray (TypeError: a bytes-like object is required).
        /// </summary>
        internal TextView Arg(PyObject o, string prefix)
        {
            if (Kind == KindStr)
            {
                PyStr s = o as PyStr ?? o.NativeBase as PyStr;
                if (s == null)
                {
                    throw TextErrors.Expected(prefix ?? "must be str, not ", o);
                }

                return OfStr(s);
            }

            byte[] data;
            int offset, count;
            if (!BufferProtocol.Get(o, out data, out offset, out count))
            {
                throw TextErrors.BytesLikeRequired(o);
            }

            return OfBytes(data, offset, count, KindBytes, null);
        }

        /// <summary>Like <see cref="Arg"/>, but null for None or a missing argument.</summary>
        internal TextView ArgOrNone(PyObject o, string prefix)
        {
            return o == null || o is PyNone ? null : Arg(o, prefix);
        }

        /// <summary>The units [start, end) as an object of the receiver's kind.</summary>
        internal PyObject Slice(int start, int end)
        {
            if (start == 0 && end == Length && Source != null)
            {
                return Source;
            }

            return Copy(this, start, end - start);
        }

        /// <summary>The content of another view of the family as an object of the receiver's kind.</summary>
        internal PyObject Make(TextView other)
        {
            return Copy(other, 0, other.Length);
        }

        /// <summary>The empty object of the receiver's kind.</summary>
        internal PyObject Empty()
        {
            return Copy(this, 0, 0);
        }

        /// <summary>The built units as an object of the receiver's kind.</summary>
        internal PyObject Make(TextBuilder tb)
        {
            if (Kind == KindStr)
            {
                return tb.Length == 0 ? PyStr.Empty : new PyStr(tb.ToString());
            }

            byte[] b = new byte[tb.Length];
            char[] c = tb.Chars;
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)c[i];
            }

            return MakeBytes(b);
        }

        // The units [start, start + count) of v as an object of this view's kind.
        private PyObject Copy(TextView v, int start, int count)
        {
            if (Kind == KindStr)
            {
                return count == 0 ? PyStr.Empty : count == 1 ? PyStr.OfChar(v.Chars[start]) : new PyStr(new string(v.Chars, start, count));
            }

            if (count == 0 && Kind == KindBytes)
            {
                return PyBytes.Empty;
            }

            byte[] b = new byte[count];
            System.Array.Copy(v._data, v._offset + start, b, 0, count);
            return MakeBytes(b);
        }

        private PyObject MakeBytes(byte[] b)
        {
            return Kind == KindBytes ? new PyBytes(b) : (PyObject)new PyByteArray(b, b.Length);
        }

        /// <summary>Appends the units [start, start + count) to a builder.</summary>
        internal void AppendTo(TextBuilder tb, int start, int count)
        {
            if (Chars != null)
            {
                tb.Append(Chars, start, count);
                return;
            }

            for (int i = 0; i < count; i++)
            {
                tb.Append((char)_data[_offset + start + i]);
            }
        }

        /// <summary>The units as a char array (the str's own copy; a widened copy of bytes).</summary>
        internal char[] ToChars()
        {
            if (Chars != null)
            {
                return Chars;
            }

            char[] c = new char[Length];
            for (int i = 0; i < Length; i++)
            {
                c[i] = (char)_data[_offset + i];
            }

            return c;
        }

        /// <summary>The length in code points (bytes for bytes).</summary>
        internal int CodePointLength
        {
            get { return Wide ? CodePointIndex(Length) : Length; }
        }

        /// <summary>Units taken by the code point at unit i: 2 for a surrogate pair, else 1.</summary>
        internal int UnitsAt(int i)
        {
            char[] c = Chars;
            if (c == null)
            {
                return 1;
            }

            char u = c[i];
            return u >= 0xD800 && u <= 0xDBFF && i + 1 < Length && c[i + 1] >= 0xDC00 && c[i + 1] <= 0xDFFF ? 2 : 1;
        }

        /// <summary>The code point at unit i.</summary>
        internal int CodePointAt(int i)
        {
            if (Chars == null)
            {
                return _data[_offset + i];
            }

            if (UnitsAt(i) == 2)
            {
                return 0x10000 + ((Chars[i] - 0xD800) << 10) + (Chars[i + 1] - 0xDC00);
            }

            return Chars[i];
        }

        /// <summary>The unit index of a code point index (clamped to the length).</summary>
        internal int ToUnit(int cp)
        {
            if (!Wide)
            {
                return cp;
            }

            int i = 0;
            for (int k = 0; k < cp && i < Length; k++)
            {
                i += UnitsAt(i);
            }

            return i;
        }

        /// <summary>The code point index of a unit index (-1 stays -1).</summary>
        internal int ToCodePoint(int unit)
        {
            return Wide && unit > 0 ? CodePointIndex(unit) : unit;
        }

        private int CodePointIndex(int unit)
        {
            int k = 0;
            for (int i = 0; i < unit && i < Length; i += UnitsAt(i))
            {
                k++;
            }

            return k;
        }

        /// <summary>
        /// The optional start and end arguments of find, count, startswith... (None or an index; negative counts from
        /// the end, as CPython's ADJUST_INDICES) as unit indices. start is Length + 1 when it lies beyond the end, which
        /// no match can satisfy, not even an empty one.
        /// </summary>
        internal void Range(Interpreter ip, PyObject start, PyObject end, out int s, out int e)
        {
            int n = CodePointLength;
            long a = start == null || start is PyNone ? 0 : Ops.SliceIndex(ip, start);
            long b = end == null || end is PyNone ? n : Ops.SliceIndex(ip, end);
            if (b > n)
            {
                b = n;
            }
            else if (b < 0)
            {
                b += n;
                if (b < 0)
                {
                    b = 0;
                }
            }

            if (a < 0)
            {
                a += n;
                if (a < 0)
                {
                    a = 0;
                }
            }

            if (a > n)
            {
                s = Length + 1;
                e = ToUnit((int)b);
                return;
            }

            s = ToUnit((int)a);
            e = ToUnit((int)b);
        }
    }
}

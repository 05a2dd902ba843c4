using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// A growable array of UTF-16 units that builds the result of a str, bytes or bytearray method alike (bytes results
    /// hold one unit per byte). StringBuilder would tie the result to strings, which bytes must not go through: a
    /// nanoFramework string cannot carry every byte value.
    /// </summary>
    internal sealed class TextBuilder
    {
        /// <summary>The units; [0, Length) is meaningful.</summary>
        internal char[] Chars;

        /// <summary>Number of units.</summary>
        internal int Length;

        /// <summary>An empty builder with room for capacity units.</summary>
        internal TextBuilder(int capacity)
        {
            if (capacity > MaxLength)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            Chars = new char[capacity < 8 ? 8 : capacity];
        }

        // The largest length built (as Ops.CheckedSize allows): beyond it Python sees a MemoryError.
        private const int MaxLength = 0x3FFFFFFF;

        private void Grow(int extra)
        {
            long want = (long)Length + extra;
            if (want > MaxLength)
            {
                // 'x'.center(10**9) and the like: a Python MemoryError, not a .NET out-of-memory crash.
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            int need = (int)want;
            if (need > Chars.Length)
            {
                int n = Chars.Length * 2;
                if (n < need)
                {
                    n = need;
                }

                char[] a = new char[n];
                System.Array.Copy(Chars, a, Length);
                Chars = a;
            }
        }

        /// <summary>Appends one unit.</summary>
        internal void Append(char c)
        {
            if (Length == Chars.Length)
            {
                Grow(1);
            }

            Chars[Length++] = c;
        }

        /// <summary>Appends a code point (a surrogate pair above U+FFFF).</summary>
        internal void AppendCodePoint(int cp)
        {
            if (cp < 0x10000)
            {
                Append((char)cp);
            }
            else
            {
                cp -= 0x10000;
                Append((char)(0xD800 + (cp >> 10)));
                Append((char)(0xDC00 + (cp & 0x3FF)));
            }
        }

        /// <summary>Appends count units of a.</summary>
        internal void Append(char[] a, int offset, int count)
        {
            Grow(count);
            System.Array.Copy(a, offset, Chars, Length, count);
            Length += count;
        }

        /// <summary>Appends the units of a string.</summary>
        internal void Append(string s)
        {
            // One native copy: indexing a string char by char is a walk from its start on nanoFramework.
            char[] a = s.ToCharArray();
            Append(a, 0, a.Length);
        }

        /// <summary>Appends n copies of one unit.</summary>
        internal void Append(char c, int n)
        {
            Grow(n);
            for (int i = 0; i < n; i++)
            {
                Chars[Length++] = c;
            }
        }

        /// <summary>Appends the units [offset, offset+count) n times.</summary>
        internal void Repeat(char[] a, int offset, int count, int n)
        {
            Grow(count * n);
            for (int i = 0; i < n; i++)
            {
                System.Array.Copy(a, offset, Chars, Length, count);
                Length += count;
            }
        }

        /// <inheritdoc/>
        public override string ToString()
        {
            return new string(Chars, 0, Length);
        }
    }
}

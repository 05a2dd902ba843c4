namespace NanoPython.Text
{
    internal sealed partial class TextView
    {
        /// <summary>
        /// Whether needle occurs at unit i (i + needle.Length &lt;= Length is the caller's check). The needle is of the
        /// receiver's family: both str or both bytes.
        /// </summary>
        internal bool MatchAt(int i, TextView needle)
        {
            int n = needle.Length;
            if (Chars != null)
            {
                char[] a = Chars;
                char[] b = needle.Chars;
                for (int j = 0; j < n; j++)
                {
                    if (a[i + j] != b[j])
                    {
                        return false;
                    }
                }

                return true;
            }

            byte[] x = _data;
            byte[] y = needle._data;
            int xo = _offset + i;
            int yo = needle._offset;
            for (int j = 0; j < n; j++)
            {
                if (x[xo + j] != y[yo + j])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first unit index of needle within [start, end), or -1 (start beyond Length never matches).</summary>
        internal int Find(TextView needle, int start, int end)
        {
            if (start > Length)
            {
                return -1;
            }

            int n = needle.Length;
            for (int i = start; i + n <= end; i++)
            {
                if (MatchAt(i, needle))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The last unit index of needle within [start, end), or -1.</summary>
        internal int RFind(TextView needle, int start, int end)
        {
            if (start > Length)
            {
                return -1;
            }

            for (int i = end - needle.Length; i >= start; i--)
            {
                if (MatchAt(i, needle))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Non-overlapping occurrences of a non-empty needle within [start, end), at most max.</summary>
        internal int CountOf(TextView needle, int start, int end, int max)
        {
            int k = 0;
            int n = needle.Length;
            int i = start;
            while (k < max && i + n <= end)
            {
                if (MatchAt(i, needle))
                {
                    k++;
                    i += n;
                }
                else
                {
                    i++;
                }
            }

            return k;
        }

        /// <summary>Whether unit i is whitespace: str.isspace for str, ASCII whitespace for bytes.</summary>
        internal bool IsSpaceAt(int i)
        {
            return IsSpace(At(i));
        }

        /// <summary>Whitespace of the receiver's kind (split, strip and isspace use it).</summary>
        internal bool IsSpace(int c)
        {
            if (Kind == KindStr)
            {
                return Runtime.StrUtil.IsSpace(c);
            }

            return c == ' ' || (c >= 9 && c <= 13);
        }
    }
}

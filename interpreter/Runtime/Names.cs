namespace NanoPython.Runtime
{
    /// <summary>
    /// The static interned names (MicroPython's qstrs): ids are constants generated from names.txt into Names.g.cs, the
    /// texts stay in the assembly's string table (flash on a device) and each <see cref="PyStr"/> is created on first use.
    /// </summary>
    public static partial class Names
    {
        private static readonly PyStr[] s_strs = new PyStr[Count];

        /// <summary>The interned string of a static name id.</summary>
        public static PyStr Get(int id)
        {
            PyStr s = s_strs[id];
            if (s == null)
            {
                s = CreateStatic(id);
            }

            return s;
        }

        /// <summary>The text of a static name id.</summary>
        public static string Text(int id)
        {
            int start = s_offsets[id];
            return s_all.Substring(start, s_offsets[id + 1] - start);
        }

        /// <summary>The id of a static name with this text, or -1.</summary>
        public static int Lookup(string text)
        {
            int lo = 0;
            int hi = Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int id = s_sorted[mid];
                int c = CompareText(id, text);
                if (c == 0)
                {
                    return id;
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }

        // Ordinal comparison of name id's text with text, without extracting a substring.
        private static int CompareText(int id, string text)
        {
            int start = s_offsets[id];
            int len = s_offsets[id + 1] - start;
            int n = len < text.Length ? len : text.Length;
            for (int i = 0; i < n; i++)
            {
                int d = s_all[start + i] - text[i];
                if (d != 0)
                {
                    return d;
                }
            }

            return len - text.Length;
        }

        /// <summary>The dunder name of a binary operator (op may be an in-place form).</summary>
        public static PyStr Binary(int op)
        {
            return Get(__add__ + op);
        }

        /// <summary>The reflected dunder name of a binary operator (0..12).</summary>
        public static PyStr Reflected(int op)
        {
            return Get(__radd__ + op);
        }

        /// <summary>The dunder name of a comparison (Lt..Ge).</summary>
        public static PyStr Compare(int op)
        {
            return Get(__lt__ + op);
        }

        private static PyStr CreateStatic(int id)
        {
            lock (s_strs)
            {
                PyStr s = s_strs[id];
                if (s == null)
                {
                    s = new PyStr(Text(id), true);
                    s_strs[id] = s;
                }

                return s;
            }
        }
    }
}

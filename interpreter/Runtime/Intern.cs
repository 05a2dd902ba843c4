namespace NanoPython.Runtime
{
    /// <summary>
    /// Interning of names: one <see cref="PyStr"/> per distinct text, so that names compare by reference and carry a
    /// precomputed hash. Static names come from <see cref="Names"/>; others go to a process-wide table (a cache of
    /// immutable objects, shared by all interpreters).
    /// The table is an open-addressing array of the strings themselves (linear probing on the str hash, at most 3/4
    /// full): on nanoFramework every array slot is one 12-byte block, where a Hashtable costs a 4-block entry object
    /// per item on top of its bucket array.
    /// </summary>
    public static class Intern
    {
        private static readonly object s_lock = new object();
        private static PyStr[] s_table = new PyStr[32];
        private static int s_count;

        /// <summary>The interned string with this text.</summary>
        public static PyStr Get(string text)
        {
            int id = Names.Lookup(text);
            if (id >= 0)
            {
                return Names.Get(id);
            }

            int hash = PyStr.HashOf(text);
            lock (s_lock)
            {
                PyStr[] table = s_table;
                int mask = table.Length - 1;
                int i = hash & mask;
                PyStr s;
                while ((s = table[i]) != null)
                {
                    if (s.GetHash() == hash && s.Value == text)
                    {
                        return s;
                    }

                    i = (i + 1) & mask;
                }

                s = new PyStr(text, true);
                if ((s_count + 1) * 4 > table.Length * 3)
                {
                    table = Grow(table);
                    s_table = table;
                    mask = table.Length - 1;
                    i = hash & mask;
                    while (table[i] != null)
                    {
                        i = (i + 1) & mask;
                    }
                }

                table[i] = s;
                s_count++;
                return s;
            }
        }

        /// <summary>The interned form of a str (itself when already interned).</summary>
        public static PyStr Get(PyStr s)
        {
            return s.IsInterned ? s : Get(s.Value);
        }

        // Twice the size, entries re-inserted.
        private static PyStr[] Grow(PyStr[] old)
        {
            PyStr[] table = new PyStr[old.Length * 2];
            int mask = table.Length - 1;
            for (int j = 0; j < old.Length; j++)
            {
                PyStr s = old[j];
                if (s != null)
                {
                    int i = s.GetHash() & mask;
                    while (table[i] != null)
                    {
                        i = (i + 1) & mask;
                    }

                    table[i] = s;
                }
            }

            return table;
        }
    }
}

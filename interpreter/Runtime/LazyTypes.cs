namespace NanoPython.Runtime
{
    /// <summary>
    /// Tables of types created on first use (nanoFramework runs static initialisers when it loads an assembly, so
    /// types a program never touches are not made at boot). Two interpreter threads may both create a missing type;
    /// only the first one published is kept, so every object of the process shares one type object.
    /// </summary>
    public static class LazyTypes
    {
        private static readonly object s_lock = new object();

        /// <summary>Stores made in table[i] unless another thread got there first; returns the type that is kept.</summary>
        public static PyType Publish(PyType[] table, int i, PyType made)
        {
            lock (s_lock)
            {
                if (table[i] == null)
                {
                    table[i] = made;
                }

                return table[i];
            }
        }
    }
}

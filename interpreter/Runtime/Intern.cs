using System.Collections;

namespace NanoPython.Runtime
{
    /// <summary>
    /// Interning of names: one <see cref="PyStr"/> per distinct text, so that names compare by reference and carry a
    /// precomputed hash. Static names come from <see cref="Names"/>; others go to a process-wide table (a cache of
    /// immutable objects, shared by all interpreters).
    /// </summary>
    public static class Intern
    {
        private static readonly Hashtable s_dynamic = new Hashtable();

        /// <summary>The interned string with this text.</summary>
        public static PyStr Get(string text)
        {
            int id = Names.Lookup(text);
            if (id >= 0)
            {
                return Names.Get(id);
            }

            lock (s_dynamic)
            {
                PyStr s = (PyStr)s_dynamic[text];
                if (s == null)
                {
                    s = new PyStr(text, true);
                    s_dynamic[text] = s;
                }

                return s;
            }
        }

        /// <summary>The interned form of a str (itself when already interned).</summary>
        public static PyStr Get(PyStr s)
        {
            return s.IsInterned ? s : Get(s.Value);
        }
    }
}

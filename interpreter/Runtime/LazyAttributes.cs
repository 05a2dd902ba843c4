namespace NanoPython.Runtime
{
    /// <summary>Creates the object of the name at index of a <see cref="LazyAttributes"/> list.</summary>
    public delegate PyObject LazyBuiltinFactory(Interpreter ip, int index);

    /// <summary>
    /// Names of a namespace (the builtins, a native module) whose objects are created on first lookup: a space-separated
    /// list, a factory by index and a flag per name; sets chain.
    /// </summary>
    public sealed class LazyAttributes
    {
        private readonly string _names;
        private readonly LazyBuiltinFactory _factory;
        private readonly byte[] _done;
        private readonly LazyAttributes _next;

        /// <summary>A set of lazy names chained before next.</summary>
        public LazyAttributes(string names, LazyBuiltinFactory factory, LazyAttributes next)
        {
            _names = names;
            _factory = factory;
            _done = new byte[CountNames(names)];
            _next = next;
        }

        /// <summary>
        /// Creates the object of name into dict if it is a lazy name of the chain not created yet; returns it, or null.
        /// </summary>
        public static PyObject Resolve(LazyAttributes chain, Interpreter ip, PyDict dict, PyStr name)
        {
            for (LazyAttributes set = chain; set != null; set = set._next)
            {
                int i = IndexOfName(set._names, name.Value);
                if (i >= 0)
                {
                    if (set._done[i] != 0)
                    {
                        return null;
                    }

                    set._done[i] = 1;
                    PyObject v = set._factory(ip, i);
                    dict.SetName(Intern.Get(name), v);
                    return v;
                }
            }

            return null;
        }

        /// <summary>Creates into dict every lazy name of the chain not created yet (an entry already there is kept).</summary>
        public static void Materialize(LazyAttributes chain, Interpreter ip, PyDict dict)
        {
            for (LazyAttributes set = chain; set != null; set = set._next)
            {
                string names = set._names;
                int index = 0;
                int start = 0;
                while (start < names.Length)
                {
                    int end = names.IndexOf(' ', start);
                    if (end < 0)
                    {
                        end = names.Length;
                    }

                    if (end > start)
                    {
                        if (set._done[index] == 0)
                        {
                            set._done[index] = 1;
                            PyStr name = Intern.Get(names.Substring(start, end - start));
                            if (dict.LookupName(name) == null)
                            {
                                dict.SetName(name, set._factory(ip, index));
                            }
                        }

                        index++;
                    }

                    start = end + 1;
                }
            }
        }

        private static int CountNames(string names)
        {
            int n = 0;
            bool inName = false;
            for (int i = 0; i < names.Length; i++)
            {
                bool c = names[i] != ' ';
                if (c && !inName)
                {
                    n++;
                }

                inName = c;
            }

            return n;
        }

        // The index of name in a space-separated list, or -1 (no substring is made).
        private static int IndexOfName(string names, string name)
        {
            int index = 0;
            int start = 0;
            int len = name.Length;
            while (start < names.Length)
            {
                int end = names.IndexOf(' ', start);
                if (end < 0)
                {
                    end = names.Length;
                }

                if (end > start)
                {
                    if (end - start == len)
                    {
                        int k = 0;
                        while (k < len && names[start + k] == name[k])
                        {
                            k++;
                        }

                        if (k == len)
                        {
                            return index;
                        }
                    }

                    index++;
                }

                start = end + 1;
            }

            return -1;
        }
    }
}

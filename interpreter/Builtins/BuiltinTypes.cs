using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// The type objects of the iterator classes this assembly adds (enumerate, zip, map, filter, reversed and the
    /// callable iterator of iter(f, sentinel)). Like <see cref="PyTypes"/>, they are immutable and shared by every
    /// interpreter of the process; calling one runs its native constructor.
    /// </summary>
    public static class BuiltinTypes
    {
        /// <summary>The builtins that are these types, in index order (created on first lookup).</summary>
        internal const string BuiltinNames = "enumerate zip map filter reversed";


        // Created on first use: nanoFramework runs static initialisers when it loads the assembly.
        private static readonly PyType[] s_types = new PyType[6];

        /// <summary>enumerate.</summary>
        public static PyType Enumerate
        {
            get { return s_types[0] ?? Create(0); }
        }

        /// <summary>zip.</summary>
        public static PyType Zip
        {
            get { return s_types[1] ?? Create(1); }
        }

        /// <summary>map.</summary>
        public static PyType Map
        {
            get { return s_types[2] ?? Create(2); }
        }

        /// <summary>filter.</summary>
        public static PyType Filter
        {
            get { return s_types[3] ?? Create(3); }
        }

        /// <summary>reversed (the reverse iterator of every sequence, dict and dict view).</summary>
        public static PyType Reversed
        {
            get { return s_types[4] ?? Create(4); }
        }

        /// <summary>callable_iterator: iter(callable, sentinel).</summary>
        public static PyType CallableIterator
        {
            get { return s_types[5] ?? Create(5); }
        }

        /// <summary>The type at index of <see cref="BuiltinNames"/> (a lazy builtin).</summary>
        internal static PyObject ByIndex(Interpreter ip, int index)
        {
            return s_types[index] ?? Create(index);
        }

        private static PyType Create(int i)
        {
            PyType t;
            switch (i)
            {
                case 0:
                    t = new PyType("enumerate", PyTypes.Object, 0);
                    t.New = PyEnumerate.New;
                    break;
                case 1:
                    t = new PyType("zip", PyTypes.Object, 0);
                    t.New = PyZip.New;
                    break;
                case 2:
                    t = new PyType("map", PyTypes.Object, 0);
                    t.New = PyMap.New;
                    break;
                case 3:
                    t = new PyType("filter", PyTypes.Object, 0);
                    t.New = PyFilter.New;
                    break;
                case 4:
                    t = new PyType("reversed", PyTypes.Object, 0);
                    t.New = PyReversed.New;
                    break;
                case 5:
                    t = new PyType("callable_iterator", PyTypes.Object, 0);
                    break;
                default:
                    return null;
            }

            return LazyTypes.Publish(s_types, i, t);
        }

        /// <summary>True for the iterator types that get __iter__ and __next__ methods in their dictionary.</summary>
        public static bool IsIteratorType(PyType t)
        {
            for (int i = 0; i < s_types.Length; i++)
            {
                if (ReferenceEquals(t, s_types[i]))
                {
                    return true;
                }
            }

            return PyTypes.IsIteratorType(t);
        }
    }
}

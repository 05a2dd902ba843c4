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
        /// <summary>enumerate.</summary>
        public static readonly PyType Enumerate = new PyType("enumerate", PyTypes.Object, 0);

        /// <summary>zip.</summary>
        public static readonly PyType Zip = new PyType("zip", PyTypes.Object, 0);

        /// <summary>map.</summary>
        public static readonly PyType Map = new PyType("map", PyTypes.Object, 0);

        /// <summary>filter.</summary>
        public static readonly PyType Filter = new PyType("filter", PyTypes.Object, 0);

        /// <summary>reversed (the reverse iterator of every sequence, dict and dict view).</summary>
        public static readonly PyType Reversed = new PyType("reversed", PyTypes.Object, 0);

        /// <summary>callable_iterator: iter(callable, sentinel).</summary>
        public static readonly PyType CallableIterator = new PyType("callable_iterator", PyTypes.Object, 0);

        /// <summary>True for the iterator types that get __iter__ and __next__ methods in their dictionary.</summary>
        public static bool IsIteratorType(PyType t)
        {
            return ReferenceEquals(t, Enumerate) || ReferenceEquals(t, Zip) || ReferenceEquals(t, Map) || ReferenceEquals(t, Filter)
                || ReferenceEquals(t, Reversed) || ReferenceEquals(t, CallableIterator) || ReferenceEquals(t, PyTypes.Iterator)
                || ReferenceEquals(t, PyTypes.ListIterator) || ReferenceEquals(t, PyTypes.TupleIterator) || ReferenceEquals(t, PyTypes.RangeIterator)
                || ReferenceEquals(t, PyTypes.SetIterator) || ReferenceEquals(t, PyTypes.DictKeyIterator) || ReferenceEquals(t, PyTypes.DictValueIterator)
                || ReferenceEquals(t, PyTypes.DictItemIterator) || ReferenceEquals(t, PyTypes.StrIterator);
        }
    }
}

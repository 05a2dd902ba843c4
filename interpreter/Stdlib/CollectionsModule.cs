using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The collections module: namedtuple, deque, OrderedDict and defaultdict. namedtuple, OrderedDict and defaultdict
    /// are classes built at run time with tuple or dict as their base (so isinstance, unpacking, indexing and every dict
    /// method work as for subclasses written in Python); deque is a native type.
    /// </summary>
    public static class CollectionsModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            PyDeque.Install();
            d.SetName("namedtuple", new PyBuiltinN("namedtuple", NamedTupleInfo.Create));
            d.SetName("deque", PyDeque.DequeType);
            d.SetName("OrderedDict", OrderedDictClass.Create(ip));
            d.SetName("defaultdict", DefaultDictClass.Create(ip));
        }

        /// <summary>A class named name with one built-in base, its namespace d, reported as defined in collections.</summary>
        internal static PyType MakeClass(Interpreter ip, string name, PyType baseType, PyDict d)
        {
            if (d.LookupName(Names.Get(Names.__module__)) == null)
            {
                d.SetName(Names.__module__, Intern.Get("collections"));
            }

            return ClassBuilder.CreateClass(ip, PyTypes.Type, Intern.Get(name), PyTuple.Of(baseType), d, null, null, 0);
        }
    }
}

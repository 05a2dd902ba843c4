using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// Installs the builtins module's functions and the container types (list, tuple, dict, set, frozenset, range,
    /// slice, the dict views and the iterator types): once per process, the native constructors and the filler of
    /// their type dictionaries; per interpreter, the names in its builtins namespace.
    /// </summary>
    public static class BuiltinsSetup
    {
        private static readonly object s_lock = new object();
        private static bool s_installed;

        /// <summary>Installs the builtins into an interpreter (the per-process registrations happen once).</summary>
        public static void Install(Interpreter ip)
        {
            lock (s_lock)
            {
                if (!s_installed)
                {
                    s_installed = true;
                    PyTypes.List.New = ListMethods.New;
                    PyTypes.Tuple.New = TupleMethods.New;
                    PyTypes.Dict.New = DictMethods.New;
                    PyTypes.Set.New = SetMethods.NewSet;
                    PyTypes.FrozenSet.New = SetMethods.NewFrozenSet;
                    PyTypes.Range.New = RangeMethods.New;
                    PyTypes.Slice.New = SliceMethods.New;
                    PyType.AddFiller(Fill);
                }
            }

            PyDict b = ip.Builtins;
            BuiltinFunctions.AddTo(ip);
            b.SetName(Names.@object, PyTypes.Object);
            b.SetName(Names.type, PyTypes.Type);
            b.SetName(Names.property, PyTypes.Property);
            b.SetName(Names.staticmethod, PyTypes.StaticMethod);
            b.SetName(Names.classmethod, PyTypes.ClassMethod);
            b.SetName(Names.super, PyTypes.Super);
            b.SetName(Names.list, PyTypes.List);
            b.SetName(Names.tuple, PyTypes.Tuple);
            b.SetName(Names.dict, PyTypes.Dict);
            b.SetName(Names.set, PyTypes.Set);
            b.SetName(Names.frozenset, PyTypes.FrozenSet);
            b.SetName(Names.range, PyTypes.Range);
            b.SetName(Names.slice, PyTypes.Slice);
            ip.AddLazyBuiltins(BuiltinTypes.BuiltinNames, BuiltinTypes.ByIndex);
        }

        // The filler of every built-in type dictionary: adds the methods of the types this assembly implements.
        private static void Fill(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, PyTypes.List))
            {
                ListMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Tuple))
            {
                TupleMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Dict) || PyTypes.IsDictViewType(t))
            {
                DictMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Set) || ReferenceEquals(t, PyTypes.FrozenSet))
            {
                SetMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Range))
            {
                RangeMethods.Fill(t, d);
            }
            else if (ReferenceEquals(t, PyTypes.Slice))
            {
                SliceMethods.Fill(t, d);
            }
            else if (BuiltinTypes.IsIteratorType(t))
            {
                PySlotWrapper.AddIterator(t, d);
            }

            if (ReferenceEquals(t, PyTypes.List) || ReferenceEquals(t, PyTypes.Dict) || ReferenceEquals(t, PyTypes.Set)
                || ReferenceEquals(t, PyTypes.Tuple) || ReferenceEquals(t, PyTypes.FrozenSet))
            {
                // __new__ for explicit calls (tuple.__new__(cls, it) in a subclass's __new__): mutable types start empty.
                d.SetName(Names.__new__, new PyBuiltinN("__new__", ReferenceEquals(t, PyTypes.Tuple) || ReferenceEquals(t, PyTypes.FrozenSet) ? (NativeN)NewImmutable : NewMutable));
            }
        }

        private static PyObject NewMutable(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType cls = TypeArgument(args, offset, count);
            NativeNew nn;
            cls.FindNativeNew(out nn);
            return nn(ip, cls, args, offset + 1, 0, null);
        }

        private static PyObject NewImmutable(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType cls = TypeArgument(args, offset, count);
            NativeNew nn;
            cls.FindNativeNew(out nn);
            return nn(ip, cls, args, offset + 1, count - 1, kwnames);
        }

        private static PyType TypeArgument(PyObject[] args, int offset, int count)
        {
            PyType cls = count > 0 ? args[offset] as PyType : null;
            if (cls == null)
            {
                throw new PyException(PyExc.TypeError, "__new__(X): X is not a type object");
            }

            return cls;
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>The constructor and methods of tuple.</summary>
    public static class TupleMethods
    {
        /// <summary>tuple's native __new__: tuple(iterable=()) (immutable, so subclasses get the full value).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "tuple() takes no keyword arguments");
            }

            if (count > 1)
            {
                throw new PyException(PyExc.TypeError, "tuple expected at most 1 argument, got " + count);
            }

            PyTuple t = count == 0 ? PyTuple.Empty : Ops.ToTuple(ip, args[offset]);
            return ReferenceEquals(cls, PyTypes.Tuple) ? (PyObject)t : new PyInstance(cls, t);
        }

        /// <summary>Fills tuple's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            d.SetName(Names.index, new PyBuiltinN(t, "index", Index));
            d.SetName(Names.count, new PyBuiltin2(t, "count", Count));
            PySlotWrapper.Add(t, d, Names.__hash__, PySlotWrapper.KindHash);
            ListMethods.AddSequenceDunders(t, d, false);
        }

        private static PyObject Index(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyTuple t = (PyTuple)args[offset];
            int i = ListMethods.IndexIn(ip, args, offset, count, kwnames, "index", t.Items.Length, t.Items, null);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, "tuple.index(x): x not in tuple");
            }

            return PyInt.Get(i);
        }

        private static PyObject Count(Interpreter ip, PyObject self, PyObject x)
        {
            PyObject[] items = ((PyTuple)self).Items;
            int n = 0;
            for (int i = 0; i < items.Length; i++)
            {
                if (Ops.Equal(ip, items[i], x))
                {
                    n++;
                }
            }

            return PyInt.Get(n);
        }
    }
}

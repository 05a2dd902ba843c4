using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>The constructor and methods of slice.</summary>
    public static class SliceMethods
    {
        /// <summary>slice's native __new__: slice(stop) or slice(start, stop[, step]).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            RangeMethods.CheckArgs("slice", count, kwnames);
            if (count == 1)
            {
                return new PySlice(PyNone.Value, args[offset], PyNone.Value);
            }

            return new PySlice(args[offset], args[offset + 1], count == 3 ? args[offset + 2] : PyNone.Value);
        }

        /// <summary>Fills slice's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            d.SetName("indices", new PyBuiltin2(t, "indices", Indices));
            RangeMethods.AddMembers(t, d);
        }

        // slice.indices(length): (start, stop, step) normalised for a sequence of that length.
        private static PyObject Indices(Interpreter ip, PyObject self, PyObject length)
        {
            long n = Ops.Index(ip, length);
            if (n < 0)
            {
                throw new PyException(PyExc.ValueError, "length should not be negative");
            }

            int start, stop, step;
            ((PySlice)self).Indices(ip, n > int.MaxValue ? int.MaxValue : (int)n, out start, out stop, out step);
            return new PyTuple(new PyObject[] { PyInt.Get(start), PyInt.Get(stop), PyInt.Get(step) });
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>enumerate(iterable, start=0): (count, item) pairs. Two fields besides the object header.</summary>
    public sealed class PyEnumerate : PyObject
    {
        private static ArgSpec s_spec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec Spec
        {
            get { return s_spec ?? (s_spec = new ArgSpec("enumerate", "iterable, start", 1)); }
        }

        private readonly PyObject _it;
        private long _count;

        /// <summary>An enumeration of an iterator from start.</summary>
        public PyEnumerate(PyObject iterator, long start)
        {
            _it = iterator;
            _count = start;
        }

        /// <summary>The native constructor: enumerate(iterable, start=0).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            Spec.Parse(ip, args, offset, count, kwnames, a);
            long start = a[1] == null ? 0 : Ops.Index(ip, a[1]);
            return new PyEnumerate(Ops.GetIter(ip, a[0]), start);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return BuiltinTypes.Enumerate; }
        }

        /// <inheritdoc/>
        public override bool IsIterator
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return this;
        }

        /// <inheritdoc/>
        public override PyObject Next(Interpreter ip)
        {
            PyObject x = _it.Next(ip);
            if (x == null)
            {
                return null;
            }

            return PyTuple.Of(PyInt.Get(_count++), x);
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>map(function, *iterables): function applied to the next item of each iterator.</summary>
    public sealed class PyMap : PyObject
    {
        private readonly PyObject _fn;
        private readonly PyObject[] _its;

        /// <summary>A map of fn over iterators (at least one).</summary>
        public PyMap(PyObject fn, PyObject[] iterators)
        {
            _fn = fn;
            _its = iterators;
        }

        /// <summary>The native constructor: map(function, iterable, ...).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "map() takes no keyword arguments");
            }

            if (count < 2)
            {
                throw new PyException(PyExc.TypeError, "map() must have at least two arguments.");
            }

            PyObject[] its = new PyObject[count - 1];
            for (int i = 0; i < its.Length; i++)
            {
                its[i] = Ops.GetIter(ip, args[offset + 1 + i]);
            }

            return new PyMap(args[offset], its);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return BuiltinTypes.Map; }
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
            PyObject[] its = _its;
            if (its.Length == 1)
            {
                PyObject x = its[0].Next(ip);
                return x == null ? null : Ops.Call1(ip, _fn, x);
            }

            // A fresh array per call: the callee may keep it (as the items of its *args tuple).
            PyObject[] a = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                PyObject x = its[i].Next(ip);
                if (x == null)
                {
                    return null;
                }

                a[i] = x;
            }

            return Ops.Call(ip, _fn, a, 0, a.Length, null);
        }
    }
}

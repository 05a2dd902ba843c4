using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>filter(function or None, iterable): the items for which function(item) (or the item itself) is true.</summary>
    public sealed class PyFilter : PyObject
    {
        private readonly PyObject _fn;
        private readonly PyObject _it;

        /// <summary>A filter of an iterator by fn (null: by truth value).</summary>
        public PyFilter(PyObject fn, PyObject iterator)
        {
            _fn = fn;
            _it = iterator;
        }

        /// <summary>The native constructor: filter(function, iterable).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "filter() takes no keyword arguments");
            }

            if (count != 2)
            {
                throw new PyException(PyExc.TypeError, "filter expected 2 arguments, got " + count);
            }

            PyObject fn = args[offset];
            if (fn is PyNone || ReferenceEquals(fn, PyTypes.Bool))
            {
                fn = null;
            }

            return new PyFilter(fn, Ops.GetIter(ip, args[offset + 1]));
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return BuiltinTypes.Filter; }
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
            PyObject x;
            while ((x = _it.Next(ip)) != null)
            {
                if (Ops.IsTrue(ip, _fn == null ? x : Ops.Call1(ip, _fn, x)))
                {
                    return x;
                }
            }

            return null;
        }
    }
}

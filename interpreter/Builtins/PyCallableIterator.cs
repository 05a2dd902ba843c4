using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>iter(callable, sentinel): calls callable until it returns the sentinel (or raises StopIteration).</summary>
    public sealed class PyCallableIterator : PyObject
    {
        private PyObject _fn;
        private readonly PyObject _sentinel;

        /// <summary>An iterator calling fn until it returns sentinel.</summary>
        public PyCallableIterator(PyObject fn, PyObject sentinel)
        {
            _fn = fn;
            _sentinel = sentinel;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return BuiltinTypes.CallableIterator; }
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
            PyObject fn = _fn;
            if (fn == null)
            {
                return null;
            }

            PyObject r;
            try
            {
                r = Ops.Call0(ip, fn);
            }
            catch (PyException e)
            {
                if (!e.Value.IsInstance(PyExc.StopIteration))
                {
                    throw;
                }

                _fn = null;
                return null;
            }

            if (Ops.Equal(ip, r, _sentinel))
            {
                _fn = null;
                return null;
            }

            return r;
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>Iterator over a deque from left to right; RuntimeError when the deque changes size meanwhile.</summary>
    internal sealed class PyDequeIterator : PyObject
    {
        private static PyType s_type;

        /// <summary>Creates the type (by <see cref="PyDeque.Install"/>, once).</summary>
        internal static void CreateType()
        {
            s_type = new PyType("_deque_iterator", PyTypes.Object, 0);
        }

        private readonly PyDeque _deque;
        private readonly int _mutations;
        private int _pos;

        /// <summary>An iterator at the left end of d.</summary>
        internal PyDequeIterator(PyDeque d)
        {
            _deque = d;
            _mutations = d.Mutations;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return s_type; }
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
            if (_deque.Mutations != _mutations)
            {
                throw new PyException(PyExc.RuntimeError, "deque mutated during iteration");
            }

            if (_pos >= _deque.Count)
            {
                return null;
            }

            return _deque.At(_pos++);
        }
    }
}

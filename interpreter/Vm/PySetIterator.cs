namespace NanoPython.Runtime
{
    /// <summary>Iterator over a set in slot order; a size change while iterating is an error.</summary>
    public sealed class PySetIterator : PyObject
    {
        private readonly PySet _set;
        private readonly int _count;
        private int _pos;

        /// <summary>An iterator over s.</summary>
        public PySetIterator(PySet s)
        {
            _set = s;
            _count = s.Count;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.SetIterator; }
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
            if (_set.Count != _count)
            {
                throw new PyException(PyExc.RuntimeError, "Set changed size during iteration");
            }

            int limit = _set.SlotLimit;
            while (_pos < limit)
            {
                PyObject k = _set.SlotAt(_pos++);
                if (k != null)
                {
                    return k;
                }
            }

            return null;
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>Iterator over a tuple's array or a list (which may change size while iterated).</summary>
    public sealed class PySeqIterator : PyObject
    {
        private readonly PyObject[] _items;
        private readonly int _count;
        private readonly PyList _list;
        private int _pos;

        /// <summary>Iterates items[0..count) or, when list is given, the live list.</summary>
        public PySeqIterator(PyObject[] items, int count, PyList list)
        {
            _items = items;
            _count = count;
            _list = list;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _list != null ? PyTypes.ListIterator : PyTypes.TupleIterator; }
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
            int p = _pos;
            if (_list != null)
            {
                if (p < _list.Count)
                {
                    _pos = p + 1;
                    return _list.Items[p];
                }

                return null;
            }

            if (p < _count)
            {
                _pos = p + 1;
                return _items[p];
            }

            return null;
        }
    }
}

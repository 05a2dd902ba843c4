namespace NanoPython.Runtime
{
    /// <summary>Iterates an object by calling __getitem__ with 0, 1, 2... until IndexError (the old sequence protocol).</summary>
    public sealed class PySeqGetItemIterator : PyObject
    {
        private readonly PyObject _seq;
        private long _index;
        private bool _done;

        /// <summary>An iterator over seq.</summary>
        public PySeqGetItemIterator(PyObject seq)
        {
            _seq = seq;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Iterator; }
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
            if (_done)
            {
                return null;
            }

            try
            {
                return Ops.GetItem(ip, _seq, PyInt.Get(_index++));
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.IndexError) || e.Value.IsInstance(PyExc.StopIteration))
                {
                    _done = true;
                    return null;
                }

                throw;
            }
        }
    }
}

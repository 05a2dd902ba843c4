namespace NanoPython.Runtime
{
    /// <summary>Iterator of a range; small values come from the int cache, so a warm loop allocates nothing.</summary>
    public sealed class PyRangeIterator : PyObject
    {
        private long _next;
        private readonly long _step;
        private long _left;

        /// <summary>An iterator yielding count values from start by step.</summary>
        public PyRangeIterator(long start, long step, long count)
        {
            _next = start;
            _step = step;
            _left = count;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.RangeIterator; }
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
            if (_left <= 0)
            {
                return null;
            }

            _left--;
            long v = _next;
            _next = v + _step;
            return PyInt.Get(v);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>Iterator over bytes (fixed array) or a live bytearray.</summary>
    public sealed class PyBytesIterator : PyObject
    {
        private readonly byte[] _data;
        private readonly PyByteArray _array;
        private int _pos;

        /// <summary>Iterates data, or the bytearray when given.</summary>
        public PyBytesIterator(byte[] data, PyByteArray array)
        {
            _data = data;
            _array = array;
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
            if (_array != null)
            {
                return _pos < _array.Count ? PyInt.Get(_array.Data[_pos++]) : null;
            }

            return _pos < _data.Length ? PyInt.Get(_data[_pos++]) : null;
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>Iterator over a dict's keys, values or items; changing the dict's size while iterating is an error.</summary>
    public sealed class PyDictIterator : PyObject
    {
        /// <summary>Yield keys.</summary>
        public const int KindKeys = 0;

        /// <summary>Yield values.</summary>
        public const int KindValues = 1;

        /// <summary>Yield (key, value) tuples.</summary>
        public const int KindItems = 2;

        private readonly PyDict _dict;
        private readonly int _kind;
        private readonly int _count;
        private int _pos;

        /// <summary>An iterator of a kind over d.</summary>
        public PyDictIterator(PyDict d, int kind)
        {
            _dict = d;
            _kind = kind;
            _count = d.Count;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _kind == KindKeys ? PyTypes.DictKeyIterator : _kind == KindValues ? PyTypes.DictValueIterator : PyTypes.DictItemIterator; }
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
            PyDict d = _dict;
            if (d.Count != _count)
            {
                _pos = int.MaxValue;
                throw new PyException(PyExc.RuntimeError, "dictionary changed size during iteration");
            }

            int limit = d.EntryLimit;
            int p = _pos;
            while (p < limit)
            {
                PyObject k = d.KeyAt(p);
                p++;
                if (k != null)
                {
                    _pos = p;
                    switch (_kind)
                    {
                        case KindKeys:
                            return k;
                        case KindValues:
                            return d.ValueAt(p - 1);
                        default:
                            return PyTuple.Of(k, d.ValueAt(p - 1));
                    }
                }
            }

            _pos = p;
            return null;
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>Iterator over the code points of a str.</summary>
    public sealed class PyStrIterator : PyObject
    {
        private readonly PyStr _s;
        private int _pos;

        /// <summary>An iterator over s.</summary>
        public PyStrIterator(PyStr s)
        {
            _s = s;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.StrIterator; }
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
            string v = _s.Value;
            int p = _pos;
            if (p >= v.Length)
            {
                return null;
            }

            int cp = StrUtil.CodePointAt(v, p);
            if (cp > 0xFFFF)
            {
                _pos = p + 2;
                return new PyStr(v.Substring(p, 2));
            }

            _pos = p + 1;
            return PyStr.OfChar(v[p]);
        }
    }
}

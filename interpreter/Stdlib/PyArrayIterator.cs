using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>Iterator over the values of an array (it sees the array as it is at each step).</summary>
    internal sealed class PyArrayIterator : PyObject
    {
        private static PyType s_type;

        /// <summary>Creates the type (by <see cref="PyArray.Install"/>, once).</summary>
        internal static void CreateType()
        {
            s_type = new PyType("arrayiterator", PyTypes.Object, 0);
        }

        private readonly PyArray _array;
        private int _pos;

        /// <summary>An iterator at the start of a.</summary>
        internal PyArrayIterator(PyArray a)
        {
            _array = a;
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
            if (_pos >= _array.Count)
            {
                return null;
            }

            return _array.Get(ip, _pos++);
        }
    }
}

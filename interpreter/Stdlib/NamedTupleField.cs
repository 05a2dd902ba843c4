using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// The attribute of one field of a namedtuple class: reads item i of the instance's tuple and refuses assignment
    /// (a data descriptor, so an instance dictionary cannot shadow it).
    /// </summary>
    internal sealed class NamedTupleField : PyObject
    {
        private static PyType s_type;

        private readonly int _index;

        /// <summary>Creates the type (by <see cref="PyDeque.Install"/>, once).</summary>
        internal static void CreateType()
        {
            s_type = new PyType("_tuplegetter", PyTypes.Object, 0);
        }

        /// <summary>The accessor of item index.</summary>
        internal NamedTupleField(int index)
        {
            _index = index;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return s_type; }
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            if (instance == null)
            {
                return this;
            }

            PyTuple t = instance.NativeBase as PyTuple;
            if (t == null || _index >= t.Items.Length)
            {
                throw new PyException(PyExc.TypeError, "descriptor for namedtuple field applied to a non-namedtuple");
            }

            return t.Items[_index];
        }

        /// <inheritdoc/>
        public override bool IsDataDescriptor
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override bool DescrSet(Interpreter ip, PyObject instance, PyObject value)
        {
            throw new PyException(PyExc.AttributeError, "can't set attribute");
        }
    }
}

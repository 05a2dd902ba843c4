namespace NanoPython.Runtime
{
    /// <summary>A variable shared between a function and the functions nested in it (null content = unbound).</summary>
    public sealed class PyCell : PyObject
    {
        /// <summary>The content, or null when unbound.</summary>
        public PyObject Value;

        /// <summary>A cell holding value (null: empty).</summary>
        public PyCell(PyObject value)
        {
            Value = value;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Cell; }
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name.Value == "cell_contents")
            {
                if (Value == null)
                {
                    throw new PyException(PyExc.ValueError, "Cell is empty");
                }

                return Value;
            }

            return base.GetAttr(ip, name);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>The None singleton.</summary>
    public sealed class PyNone : PyObject
    {
        /// <summary>None.</summary>
        public static readonly PyNone Value = new PyNone();

        private PyNone()
        {
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.NoneType; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "None";
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return 0;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return 0x5F3759;
        }
    }
}

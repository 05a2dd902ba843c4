namespace NanoPython.Runtime
{
    /// <summary>The NotImplemented singleton (slots use null instead; this is what Python code sees).</summary>
    public sealed class PyNotImplemented : PyObject
    {
        /// <summary>NotImplemented.</summary>
        public static readonly PyNotImplemented Value = new PyNotImplemented();

        private PyNotImplemented()
        {
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.NotImplementedType; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "NotImplemented";
        }
    }
}

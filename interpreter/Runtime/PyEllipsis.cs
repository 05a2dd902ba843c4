namespace NanoPython.Runtime
{
    /// <summary>The Ellipsis singleton (<c>...</c>).</summary>
    public sealed class PyEllipsis : PyObject
    {
        /// <summary>Ellipsis.</summary>
        public static readonly PyEllipsis Value = new PyEllipsis();

        private PyEllipsis()
        {
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Ellipsis; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "Ellipsis";
        }
    }
}

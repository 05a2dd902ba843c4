namespace NanoPython.Runtime
{
    /// <summary>
    /// The one .NET exception that carries a Python exception through native code. The VM catches it once per
    /// Vm.Run and unwinds through the frame's exception table; Python-level raise inside the VM does not
    /// throw at all.
    /// </summary>
    public sealed class PyException : System.Exception
    {
        /// <summary>The Python exception object.</summary>
        public readonly PyBaseException Value;

        /// <summary>Wraps an existing exception object.</summary>
        public PyException(PyBaseException value)
        {
            Value = value;
        }

        /// <summary>A new exception of a type with one string argument (no argument when msg is null).</summary>
        public PyException(PyType type, string msg)
        {
            Value = msg == null ? new PyBaseException(type, PyTuple.Empty) : new PyBaseException(type, PyTuple.Of(new PyStr(msg)));
        }

        /// <summary>A new exception of a type with one argument.</summary>
        public PyException(PyType type, PyObject arg)
        {
            Value = new PyBaseException(type, PyTuple.Of(arg));
        }

        /// <summary>A new exception of a type with no argument.</summary>
        public PyException(PyType type)
        {
            Value = new PyBaseException(type, PyTuple.Empty);
        }

        /// <inheritdoc/>
        public override string Message
        {
            get { return Value.Type.Name.Value + ": " + Value.StrNoHooks(); }
        }
    }
}

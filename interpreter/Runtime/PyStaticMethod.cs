namespace NanoPython.Runtime
{
    /// <summary>staticmethod(f): returns f unbound from both instances and classes.</summary>
    public sealed class PyStaticMethod : PyObject
    {
        /// <summary>The wrapped callable.</summary>
        public readonly PyObject Function;

        /// <summary>Wraps f.</summary>
        public PyStaticMethod(PyObject f)
        {
            Function = f;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.StaticMethod; }
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            return Function;
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return Ops.Call(ip, Function, args, offset, count, kwnames);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name == Names.Get(Names.__func__))
            {
                return Function;
            }

            return base.GetAttr(ip, name) ?? Ops.GetAttrOrNull(ip, Function, name);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>classmethod(f): binds f to the class (of the instance).</summary>
    public sealed class PyClassMethod : PyObject
    {
        /// <summary>The wrapped callable.</summary>
        public readonly PyObject Function;

        /// <summary>Wraps f.</summary>
        public PyClassMethod(PyObject f)
        {
            Function = f;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.ClassMethod; }
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            PyType cls = owner ?? instance.Type;
            return new PyBoundMethod(Function, cls);
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

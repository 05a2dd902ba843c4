namespace NanoPython.Runtime
{
    /// <summary>A function bound to an instance (obj.method when not called at once).</summary>
    public sealed class PyBoundMethod : PyObject
    {
        /// <summary>The function (a PyFunction, a native method or any callable).</summary>
        public readonly PyObject Function;

        /// <summary>The bound first argument.</summary>
        public readonly PyObject Self;

        /// <summary>Binds function to self.</summary>
        public PyBoundMethod(PyObject function, PyObject self)
        {
            Function = function;
            Self = self;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.BoundMethod; }
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyFunction f = Function as PyFunction;
            if (f != null)
            {
                return ip.Executor.CallFunction(ip, f, args, offset, count, kwnames, Self);
            }

            PyObject[] a = new PyObject[count + 1];
            a[0] = Self;
            System.Array.Copy(args, offset, a, 1, count);
            return Ops.Call(ip, Function, a, 0, count + 1, kwnames);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            PyObject n = Ops.GetAttrOrNull(ip, Function, Names.Get(Names.__qualname__)) ?? Ops.GetAttrOrNull(ip, Function, Names.Get(Names.__name__));
            string name = n is PyStr ? ((PyStr)n).Value : "?";
            return "<bound method " + name + " of " + Ops.Repr(ip, Self) + ">";
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return Ops.Hash(ip, Self) ^ Ops.Hash(ip, Function);
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyBoundMethod o = other as PyBoundMethod;
            if (o == null || (op != CompareOp.Eq && op != CompareOp.Ne))
            {
                return null;
            }

            bool eq = ReferenceEquals(Self, o.Self) && Ops.Equal(ip, Function, o.Function);
            return PyBool.Of(op == CompareOp.Eq ? eq : !eq);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (name == Names.Get(Names.__self__))
            {
                return Self;
            }

            if (name == Names.Get(Names.__func__))
            {
                return Function;
            }

            PyObject v = base.GetAttr(ip, name);
            return v ?? Ops.GetAttrOrNull(ip, Function, name);
        }
    }
}

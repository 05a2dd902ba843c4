namespace NanoPython.Runtime
{
    /// <summary>A native function of one argument (or a method of no argument besides self).</summary>
    public sealed class PyBuiltin1 : PyBuiltinFunction
    {
        private readonly Native1 _fn;

        /// <summary>A function of one argument; minArgs 0 makes it optional (null when absent).</summary>
        public PyBuiltin1(string name, Native1 fn, int minArgs = 1)
            : base(name, null, minArgs, 1)
        {
            _fn = fn;
        }

        /// <summary>A method of owner taking only self.</summary>
        public PyBuiltin1(PyType owner, string name, Native1 fn)
            : base(name, owner, 1, 1)
        {
            _fn = fn;
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw NoKeywords();
            }

            if (count == 1)
            {
                PyObject a = args[offset];
                if (Owner != null)
                {
                    a = CheckSelf(a);
                }

                return _fn(ip, a);
            }

            if (count == 0 && MinArgs == 0)
            {
                return _fn(ip, null);
            }

            throw ArityError(count);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>A native function of two arguments (trailing optional ones arrive as null).</summary>
    public sealed class PyBuiltin2 : PyBuiltinFunction
    {
        private readonly Native2 _fn;

        /// <summary>A function of minArgs..2 arguments.</summary>
        public PyBuiltin2(string name, Native2 fn, int minArgs = 2)
            : base(name, null, minArgs, 2)
        {
            _fn = fn;
        }

        /// <summary>A method of owner taking self and one argument (optional when minArgs is 1).</summary>
        public PyBuiltin2(PyType owner, string name, Native2 fn, int minArgs = 2)
            : base(name, owner, minArgs, 2)
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

            if (count > 2 || count < MinArgs)
            {
                throw ArityError(count);
            }

            PyObject a = count > 0 ? args[offset] : null;
            if (Owner != null)
            {
                a = CheckSelf(a);
            }

            return _fn(ip, a, count > 1 ? args[offset + 1] : null);
        }
    }
}

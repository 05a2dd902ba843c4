namespace NanoPython.Runtime
{
    /// <summary>A native function of three arguments (trailing optional ones arrive as null).</summary>
    public sealed class PyBuiltin3 : PyBuiltinFunction
    {
        private readonly Native3 _fn;

        /// <summary>A function of minArgs..3 arguments.</summary>
        public PyBuiltin3(string name, Native3 fn, int minArgs = 3)
            : base(name, null, minArgs, 3)
        {
            _fn = fn;
        }

        /// <summary>A method of owner taking self and up to two arguments.</summary>
        public PyBuiltin3(PyType owner, string name, Native3 fn, int minArgs = 3)
            : base(name, owner, minArgs, 3)
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

            if (count > 3 || count < MinArgs)
            {
                throw ArityError(count);
            }

            PyObject a = count > 0 ? args[offset] : null;
            if (Owner != null)
            {
                a = CheckSelf(a);
            }

            return _fn(ip, a, count > 1 ? args[offset + 1] : null, count > 2 ? args[offset + 2] : null);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>A native function of no argument.</summary>
    public sealed class PyBuiltin0 : PyBuiltinFunction
    {
        private readonly Native0 _fn;

        /// <summary>A function name() implemented by fn.</summary>
        public PyBuiltin0(string name, Native0 fn)
            : base(name, null, 0, 0)
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

            if (count != 0)
            {
                throw ArityError(count);
            }

            return _fn(ip);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>A native function taking any arguments, keywords included (parsed with ArgSpec).</summary>
    public sealed class PyBuiltinN : PyBuiltinFunction
    {
        private readonly NativeN _fn;

        /// <summary>A function; the implementation checks its own arguments.</summary>
        public PyBuiltinN(string name, NativeN fn)
            : base(name, null, 0, -1)
        {
            _fn = fn;
        }

        /// <summary>A method of owner (self is args[offset]).</summary>
        public PyBuiltinN(PyType owner, string name, NativeN fn)
            : base(name, owner, 1, -1)
        {
            _fn = fn;
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (Owner != null)
            {
                int npos = count - (kwnames == null ? 0 : kwnames.Items.Length);
                if (npos < 1)
                {
                    throw new PyException(PyExc.TypeError, "descriptor '" + Name.Value + "' of '" + Owner.Name.Value + "' object needs an argument");
                }

                PyObject self = args[offset];
                PyObject checkedSelf = CheckSelf(self);
                if (!ReferenceEquals(self, checkedSelf))
                {
                    // Never write into the caller's array: it may be a tuple's items.
                    PyObject[] copy = new PyObject[count];
                    System.Array.Copy(args, offset, copy, 0, count);
                    copy[0] = checkedSelf;
                    return _fn(ip, copy, 0, count, kwnames);
                }
            }

            return _fn(ip, args, offset, count, kwnames);
        }
    }
}

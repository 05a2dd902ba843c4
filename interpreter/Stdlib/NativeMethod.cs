using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// A native function placed in the dictionary of a class built at run time (collections.namedtuple,
    /// OrderedDict, defaultdict): it behaves like a function defined in a class body, so it binds to instances and the
    /// slots of <see cref="PyInstance"/> call it for dunders (__repr__, __missing__, __init__...). Methods of built-in
    /// types (PyBuiltin1 with an owner) do neither: the slots skip them and they check self against one fixed type.
    /// </summary>
    public sealed class NativeMethod : PyBuiltinFunction
    {
        private readonly NativeN _fn;

        /// <summary>A method whose implementation receives self as args[offset] and parses the rest itself.</summary>
        public NativeMethod(string name, NativeN fn)
            : base(name, null, 1, -1)
        {
            _fn = fn;
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            return instance == null ? this : new PyBoundMethod(this, instance);
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int npos = count - (kwnames == null ? 0 : kwnames.Items.Length);
            if (npos < 1)
            {
                throw new PyException(PyExc.TypeError, Name.Value + "() needs an argument");
            }

            return _fn(ip, args, offset, count, kwnames);
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>
    /// Lazily created builtins. On a device every builtin function object, and every exception type put in the builtins
    /// namespace, costs heap from the boot on (a function about 200 bytes with its delegate and name). Names registered
    /// here are created when first looked up: the VM asks <see cref="ResolveBuiltin"/> when a global is found neither in
    /// the module nor in the builtins dict, the builtins module does on an attribute miss, and whatever lists the
    /// namespace (dir(builtins), builtins.__dict__, vars, import *, TAB completion) creates them all first
    /// (<see cref="MaterializeBuiltins"/>), so Python sees the same namespace either way.
    /// </summary>
    public sealed partial class Interpreter
    {
        private LazyAttributes _lazyBuiltins;

        /// <summary>
        /// Registers builtins created on first use: names is a space-separated list (a literal, which stays in flash on
        /// a device); the factory creates the object of a name from its index in the list.
        /// </summary>
        public void AddLazyBuiltins(string names, LazyBuiltinFactory factory)
        {
            _lazyBuiltins = new LazyAttributes(names, factory, _lazyBuiltins);
        }

        /// <summary>
        /// The builtin called name created now if it is a lazy one not created yet (it is then in the builtins dict);
        /// null otherwise.
        /// </summary>
        public PyObject ResolveBuiltin(PyStr name)
        {
            return LazyAttributes.Resolve(_lazyBuiltins, this, Builtins, name);
        }

        /// <summary>A builtin by name (created if it is a lazy one), or null.</summary>
        public PyObject LookupBuiltin(PyStr name)
        {
            return Builtins.LookupName(name) ?? ResolveBuiltin(name);
        }

        /// <summary>Creates every lazy builtin not created yet (before the namespace is listed or handed out).</summary>
        public void MaterializeBuiltins()
        {
            LazyAttributes.Materialize(_lazyBuiltins, this, Builtins);
        }
    }
}

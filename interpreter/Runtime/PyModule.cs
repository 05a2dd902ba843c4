namespace NanoPython.Runtime
{
    /// <summary>Fills a native module's namespace when it is first used.</summary>
    public delegate void ModuleFiller(Interpreter ip, PyModule module, PyDict dict);

    /// <summary>
    /// A module: a name and a namespace dict. Native modules build their dict lazily from a <see cref="ModuleFiller"/>
    /// on first attribute access, so an unused module costs one object.
    /// </summary>
    public sealed class PyModule : PyObject
    {
        /// <summary>The module name.</summary>
        public readonly PyStr Name;

        private PyDict _dict;
        private ModuleFiller _filler;
        private Interpreter _fillerInterp;
        private LazyAttributes _lazy;

        /// <summary>A module with a namespace (a Python module: __name__ is set by the importer).</summary>
        public PyModule(PyStr name, PyDict dict)
        {
            Name = name;
            _dict = dict;
        }

        /// <summary>A native module whose namespace is filled on first use.</summary>
        public PyModule(Interpreter ip, PyStr name, ModuleFiller filler)
        {
            Name = name;
            _filler = filler;
            _fillerInterp = ip;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Module; }
        }

        /// <summary>The namespace.</summary>
        public PyDict Dict
        {
            get
            {
                if (_dict == null)
                {
                    PyDict d = new PyDict();
                    d.SetName(Names.__name__, Name);
                    _dict = d;
                    ModuleFiller f = _filler;
                    _filler = null;
                    f(_fillerInterp, this, d);
                    _fillerInterp = null;

                    // A native module's namespace rarely grows after it is filled: keep little slack.
                    d.Trim(4);
                }

                return _dict;
            }
        }

        /// <summary>
        /// Adds names to the namespace whose objects are created when first looked up (a filler's classes and functions:
        /// see <see cref="LazyAttributes"/>); listing the namespace creates them all first.
        /// </summary>
        public void AddLazy(string names, LazyBuiltinFactory factory)
        {
            _lazy = new LazyAttributes(names, factory, _lazy);
        }

        /// <summary>Creates the lazy attributes not created yet (before the namespace is listed or handed out).</summary>
        public void Materialize(Interpreter ip)
        {
            PyDict d = Dict;
            if (_lazy != null)
            {
                LazyAttributes.Materialize(_lazy, ip, d);
            }

            if (ip != null && ReferenceEquals(this, ip.BuiltinsModule))
            {
                ip.MaterializeBuiltins();
            }
        }

        /// <inheritdoc/>
        public override PyDict InstanceDict
        {
            get { return Dict; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            PyObject file = Dict.LookupName(Names.Get(Names.__file__));
            if (file is PyStr)
            {
                return "<module '" + Name.Value + "' from '" + ((PyStr)file).Value + "'>";
            }

            return "<module '" + Name.Value + "'>";
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            PyObject v = Dict.LookupName(name);
            if (v != null)
            {
                return v;
            }

            if (_lazy != null)
            {
                v = LazyAttributes.Resolve(_lazy, ip, Dict, name);
                if (v != null)
                {
                    return v;
                }
            }

            if (ip != null && ReferenceEquals(this, ip.BuiltinsModule))
            {
                v = ip.ResolveBuiltin(name);
                if (v != null)
                {
                    return v;
                }
            }

            if (name == Names.Get(Names.__dict__))
            {
                Materialize(ip);
                return Dict;
            }

            PyObject getattr = Dict.LookupName(Names.Get(Names.__getattr__));
            if (getattr != null)
            {
                return Ops.Call1(ip, getattr, name);
            }

            return null;
        }

        /// <inheritdoc/>
        public override bool SetAttr(Interpreter ip, PyStr name, PyObject value)
        {
            ResolveLazy(ip, name);
            Dict.SetName(Intern.Get(name), value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelAttr(Interpreter ip, PyStr name)
        {
            ResolveLazy(ip, name);
            return Dict.Remove(ip, name) != null;
        }

        // Creates a lazy attribute not created yet before it is replaced or deleted (so that it does not come back).
        private void ResolveLazy(Interpreter ip, PyStr name)
        {
            if (Dict.LookupName(name) != null)
            {
                return;
            }

            if (_lazy != null)
            {
                LazyAttributes.Resolve(_lazy, ip, Dict, name);
            }

            if (ip != null && ReferenceEquals(this, ip.BuiltinsModule))
            {
                ip.ResolveBuiltin(name);
            }
        }
    }
}

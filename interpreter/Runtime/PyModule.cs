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
                }

                return _dict;
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

            if (name == Names.Get(Names.__dict__))
            {
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
            Dict.SetName(Intern.Get(name), value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelAttr(Interpreter ip, PyStr name)
        {
            return Dict.Remove(ip, name) != null;
        }
    }
}

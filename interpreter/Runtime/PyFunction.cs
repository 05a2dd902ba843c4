namespace NanoPython.Runtime
{
    /// <summary>A Python function: code, globals, defaults and closure. Called by the VM without CLR recursion.</summary>
    public sealed class PyFunction : PyObject
    {
        /// <summary>The code.</summary>
        public readonly CodeObject Code;

        /// <summary>The module namespace the function was defined in.</summary>
        public readonly PyDict Globals;

        /// <summary>Defaults of the last positional parameters, or null.</summary>
        public PyTuple Defaults;

        /// <summary>Cells of the free variables, or null.</summary>
        public PyCell[] Closure;

        // Keyword-only defaults, assigned names and attributes, or null while the function has none of them.
        private FunctionExtras _extras;

        /// <summary>A function of code in globals.</summary>
        public PyFunction(CodeObject code, PyDict globals)
        {
            Code = code;
            Globals = globals;
        }

        /// <summary>Defaults of keyword-only parameters, or null.</summary>
        public PyDict KwDefaults
        {
            get { return _extras != null ? _extras.KwDefaults : null; }
            set { Extras.KwDefaults = value; }
        }

        /// <summary>__name__ (the code's until assigned).</summary>
        public PyStr Name
        {
            get { return _extras != null && _extras.Name != null ? _extras.Name : Code.Name; }
            set { Extras.Name = value; }
        }

        /// <summary>__qualname__ (the code's until assigned).</summary>
        public PyStr QualName
        {
            get { return _extras != null && _extras.QualName != null ? _extras.QualName : Code.QualName; }
            set { Extras.QualName = value; }
        }

        /// <summary>__qualname__ when assigned, else null (reading it does not build the code's qualified name).</summary>
        public PyStr AssignedQualName
        {
            get { return _extras != null ? _extras.QualName : null; }
        }

        private FunctionExtras Extras
        {
            get
            {
                if (_extras == null)
                {
                    _extras = new FunctionExtras();
                }

                return _extras;
            }
        }

        private PyDict DictOrNull
        {
            get { return _extras != null ? _extras.Dict : null; }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Function; }
        }

        /// <summary>True when the function can be entered by copying positional arguments into its locals.</summary>
        public bool IsSimple
        {
            get { return (Code.Flags & (CodeObject.FlagVarArgs | CodeObject.FlagVarKeywords | CodeObject.FlagGenerator | CodeObject.FlagCoroutine | CodeObject.FlagKwOnly)) == 0 && Code.CellArgIndex.Length == 0; }
        }

        /// <inheritdoc/>
        public override PyDict InstanceDict
        {
            get
            {
                FunctionExtras x = Extras;
                if (x.Dict == null)
                {
                    x.Dict = new PyDict();
                }

                return x.Dict;
            }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<function " + QualName.Value + " at 0x" + Ops.IdHex(this) + ">";
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return ip.Executor.CallFunction(ip, this, args, offset, count, kwnames, null);
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            if (instance == null)
            {
                return this;
            }

            return new PyBoundMethod(this, instance);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.__name__:
                    return Name;
                case Names.__qualname__:
                    return QualName;
                case Names.__code__:
                    return Code;
                case Names.__globals__:
                    return Globals;
                case Names.__defaults__:
                    return (PyObject)Defaults ?? PyNone.Value;
                case Names.__kwdefaults__:
                    return (PyObject)KwDefaults ?? PyNone.Value;
                case Names.__closure__:
                    return Closure == null ? PyNone.Value : (PyObject)new PyTuple((PyObject[])Closure.Clone());
                case Names.__module__:
                    return Globals.LookupName(Names.Get(Names.__name__)) ?? PyNone.Value;
                case Names.__dict__:
                    return InstanceDict;
                case Names.__doc__:
                    if (DictOrNull == null || DictOrNull.LookupName(name) == null)
                    {
                        return PyNone.Value;
                    }

                    break;
            }

            PyDict dict = DictOrNull;
            if (dict != null)
            {
                PyObject v = dict.LookupName(name);
                if (v != null)
                {
                    return v;
                }
            }

            return base.GetAttr(ip, name);
        }

        /// <inheritdoc/>
        public override bool SetAttr(Interpreter ip, PyStr name, PyObject value)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.__name__:
                    Name = Intern.Get(Ops.ExpectStr(value, "__name__"));
                    return true;
                case Names.__qualname__:
                    QualName = Intern.Get(Ops.ExpectStr(value, "__qualname__"));
                    return true;
                case Names.__defaults__:
                    Defaults = value is PyNone ? null : Ops.ToTuple(ip, value);
                    return true;
                case Names.__kwdefaults__:
                    KwDefaults = value as PyDict;
                    return true;
            }

            InstanceDict.SetName(Intern.Get(name), value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelAttr(Interpreter ip, PyStr name)
        {
            PyDict dict = DictOrNull;
            return dict != null && dict.Remove(ip, name) != null;
        }
    }
}

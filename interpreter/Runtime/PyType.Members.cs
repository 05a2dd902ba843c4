namespace NanoPython.Runtime
{
    public partial class PyType
    {
        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.__name__:
                    return Name;
                case Names.__qualname__:
                    return QualName;
                case Names.__bases__:
                    return Bases;
                case Names.__base__:
                    return Bases.Items.Length > 0 ? Bases.Items[0] : PyNone.Value;
                case Names.__mro__:
                    return new PyTuple((PyObject[])Mro.Clone());
                case Names.__dict__:
                    return Dict.Copy();
                case Names.__module__:
                {
                    PyObject m = IsUserClass ? Dict.LookupName(name) : null;
                    return m ?? Names.Get(Names.builtins);
                }

                case Names.__doc__:
                {
                    PyObject d = Dict.LookupName(name);
                    return d ?? PyNone.Value;
                }

                case Names.__class__:
                    return Type;
            }

            PyType meta = Type;
            PyObject metaAttr = meta.Lookup(name);
            if (metaAttr != null && metaAttr.IsDataDescriptor)
            {
                return metaAttr.DescrGet(ip, this, meta);
            }

            PyObject v = Lookup(name);
            if (v != null)
            {
                return v.DescrGet(ip, null, this);
            }

            if (metaAttr != null)
            {
                return metaAttr.DescrGet(ip, this, meta);
            }

            if (meta.IsUserClass && (meta.Flags & FlagHasGetAttr) != 0)
            {
                PyObject ga = Ops.FindPythonOverride(meta, Names.__getattr__);
                if (ga != null)
                {
                    return Ops.CallMethod2(ip, ga, this, name);
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public override bool SetAttr(Interpreter ip, PyStr name, PyObject value)
        {
            if (!IsUserClass)
            {
                throw new PyException(PyExc.TypeError, "cannot set '" + name.Value + "' attribute of immutable type '" + Name.Value + "'");
            }

            PyObject metaAttr = Type.Lookup(name);
            if (metaAttr != null && metaAttr.IsDataDescriptor)
            {
                return metaAttr.DescrSet(ip, this, value);
            }

            switch (Names.Lookup(name.Value))
            {
                case Names.__name__:
                    Name = Intern.Get(Ops.ExpectStr(value, "__name__"));
                    return true;
                case Names.__qualname__:
                    QualName = Intern.Get(Ops.ExpectStr(value, "__qualname__"));
                    return true;
            }

            Dict.SetName(Intern.Get(name), value);
            UpdateSpecialFlags(name);
            InvalidateCaches();
            return true;
        }

        /// <inheritdoc/>
        public override bool DelAttr(Interpreter ip, PyStr name)
        {
            if (!IsUserClass)
            {
                throw new PyException(PyExc.TypeError, "cannot delete '" + name.Value + "' attribute of immutable type '" + Name.Value + "'");
            }

            bool removed = Dict.Remove(ip, name) != null;
            InvalidateCaches();
            return removed;
        }

        /// <summary>Sets the flags that make attribute access consult __getattr__/__setattr__/__getattribute__.</summary>
        public void UpdateSpecialFlags(PyStr name)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.__getattr__:
                    Flags |= FlagHasGetAttr;
                    break;
                case Names.__setattr__:
                case Names.__delattr__:
                    Flags |= FlagHasSetAttr;
                    break;
                case Names.__getattribute__:
                    Flags |= FlagHasGetAttribute;
                    break;
            }
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (ReferenceEquals(this, PyTypes.Type))
            {
                if (count == 1 && kwnames == null)
                {
                    return args[offset].Type;
                }

                return New(ip, this, args, offset, count, kwnames);
            }

            PyType meta = Type;
            if (meta.IsUserClass)
            {
                PyObject call = Ops.FindPythonOverride(meta, Names.__call__);
                if (call != null)
                {
                    return Ops.CallMethod(ip, call, this, args, offset, count, kwnames);
                }
            }

            return Instantiate(ip, args, offset, count, kwnames);
        }

        /// <summary>type.__call__: __new__ then, when it returned an instance of this type, __init__.</summary>
        public PyObject Instantiate(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject newAttr = Lookup(Names.__new__);
            PyObject obj;
            bool userNew = newAttr is PyStaticMethod || newAttr is PyFunction;
            if (userNew)
            {
                PyObject fn = newAttr is PyStaticMethod ? ((PyStaticMethod)newAttr).Function : newAttr;
                obj = Ops.CallMethod(ip, fn, this, args, offset, count, kwnames);
            }
            else
            {
                NativeNew nn;
                PyType native = FindNativeNew(out nn);
                if (nn == null)
                {
                    throw new PyException(PyExc.TypeError, "cannot create '" + Name.Value + "' instances");
                }

                if (ReferenceEquals(native, PyTypes.Object) && count > 0)
                {
                    PyObject init0 = Lookup(Names.__init__);
                    if (!Ops.IsPythonCallable(init0))
                    {
                        throw new PyException(PyExc.TypeError, Name.Value + "() takes no arguments");
                    }
                }

                obj = nn(ip, this, args, offset, count, kwnames);
            }

            if (!obj.Type.IsSubtypeOf(this))
            {
                return obj;
            }

            PyObject init = Lookup(Names.__init__);
            if (init != null && !(ReferenceEquals(init, s_objectInit)))
            {
                if (!userNew && !IsUserClass)
                {
                    // Built-in types initialise in their native __new__; their native __init__ would do it twice.
                    return obj;
                }

                PyObject r = Ops.CallMethod(ip, init, obj, args, offset, count, kwnames);
                if (!(r is PyNone))
                {
                    throw new PyException(PyExc.TypeError, "__init__() should return None, not '" + r.Type.Name.Value + "'");
                }
            }

            return obj;
        }

        private static PyObject s_objectInit;

        /// <summary>Registers object.__init__, which instantiation skips (it does nothing).</summary>
        public static void SetObjectInit(PyObject init)
        {
            s_objectInit = init;
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>
    /// An instance of a user class. Every slot looks up the matching dunder method on the class; when the class does not
    /// define it, instances of subclasses of built-in types (class L(list)) delegate to their native base value, as
    /// MicroPython does, and plain instances get object's behaviour.
    /// </summary>
    public sealed class PyInstance : PyObject
    {
        private readonly PyType _type;
        private PyDict _dict;

        /// <summary>The native value of a built-in base type, or null.</summary>
        public PyObject Base;

        /// <summary>A new instance of a user class.</summary>
        public PyInstance(PyType type, PyObject nativeBase)
        {
            _type = type;
            Base = nativeBase;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _type; }
        }

        /// <inheritdoc/>
        public override PyDict InstanceDict
        {
            get
            {
                if (_dict == null)
                {
                    _dict = new PyDict();
                }

                return _dict;
            }
        }

        /// <summary>The class (the same as Type, without a virtual call: the VM's attribute caches use it).</summary>
        public PyType Class
        {
            get { return _type; }
        }

        /// <summary>The instance dict, or null when no attribute was ever set.</summary>
        public PyDict InstanceDictOrNull
        {
            get { return _dict; }
        }

        /// <inheritdoc/>
        public override PyObject NativeBase
        {
            get { return Base ?? this; }
        }

        private PyObject Override(int nameId)
        {
            return Ops.FindPythonOverride(_type, nameId);
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            PyObject f = Override(Names.__repr__);
            if (f != null)
            {
                return Ops.StrResult(ip, Ops.CallMethod1(ip, f, this), "__repr__");
            }

            if (Base != null)
            {
                return Base.ReprAsSubclass(ip, _type);
            }

            return DefaultRepr(ip);
        }

        /// <summary>object.__repr__ of this instance.</summary>
        public string DefaultRepr(Interpreter ip)
        {
            PyObject m = _type.Lookup(Names.__module__);
            string prefix = m is PyStr && ((PyStr)m).Value != "builtins" ? ((PyStr)m).Value + "." : string.Empty;
            return "<" + prefix + _type.QualName.Value + " object at 0x" + Ops.IdHex(this) + ">";
        }

        /// <inheritdoc/>
        public override string Str(Interpreter ip)
        {
            PyObject f = Override(Names.__str__);
            if (f != null)
            {
                return Ops.StrResult(ip, Ops.CallMethod1(ip, f, this), "__str__");
            }

            if (Base != null && Override(Names.__repr__) == null)
            {
                // str of a str subclass is its text; other built-in bases print as their repr (set names the class).
                return Base is PyStr ? Base.Str(ip) : Base.ReprAsSubclass(ip, _type);
            }

            return Repr(ip);
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            PyObject f = _type.Lookup(Names.__hash__);
            if (f is PyNone)
            {
                throw new PyException(PyExc.TypeError, "unhashable type: '" + _type.Name.Value + "'");
            }

            if (f != null && Ops.IsPythonCallable(f))
            {
                PyObject r = Ops.CallMethod1(ip, f, this);
                PyInt i = r as PyInt;
                if (i == null)
                {
                    if (ip.Numbers.IsInt(r))
                    {
                        return Ops.Hash(ip, r);
                    }

                    throw new PyException(PyExc.TypeError, "__hash__ method should return an integer");
                }

                return PyInt.HashOf(i.Value);
            }

            if (Base != null)
            {
                return Base.Hash(ip);
            }

            return Ops.IdentityHash(this);
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            // ORDER: BinaryOp -- forward dunders at __add__ + op, in-place ones at __iadd__ + (op - InplaceOffset).
            int nameId = op < Runtime.BinaryOp.InplaceOffset ? Names.__add__ + op : Names.__iadd__ + op - Runtime.BinaryOp.InplaceOffset;
            PyObject f = Override(nameId);
            if (f != null)
            {
                PyObject r = Ops.CallMethod2(ip, f, this, other);
                return ReferenceEquals(r, PyNotImplemented.Value) ? null : r;
            }

            if (Base != null)
            {
                PyObject r = Base.BinaryOp(ip, op, other is PyInstance ? other.NativeBase : other);
                return ReferenceEquals(r, Base) ? this : r;
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            if (op >= Runtime.BinaryOp.InplaceOffset)
            {
                op -= Runtime.BinaryOp.InplaceOffset;
            }

            PyObject f = Override(Names.__radd__ + op);
            if (f != null)
            {
                PyObject r = Ops.CallMethod2(ip, f, this, other);
                return ReferenceEquals(r, PyNotImplemented.Value) ? null : r;
            }

            if (Base != null)
            {
                return Base.ReflectedBinaryOp(ip, op, other is PyInstance ? other.NativeBase : other);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject UnaryOp(Interpreter ip, int op)
        {
            PyObject f = Override(Names.__pos__ + op);
            if (f != null)
            {
                return Ops.CallMethod1(ip, f, this);
            }

            if (op == Runtime.UnaryOp.Negative || op == Runtime.UnaryOp.Positive)
            {
                // abs() and friends go through here too; nothing else to try.
            }

            return Base != null ? Base.UnaryOp(ip, op) : null;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyObject f = Override(Names.__lt__ + op);
            if (f != null)
            {
                PyObject r = Ops.CallMethod2(ip, f, this, other);
                return ReferenceEquals(r, PyNotImplemented.Value) ? null : r;
            }

            if (op == CompareOp.Ne)
            {
                // The default __ne__ inverts __eq__.
                PyObject eq = Override(Names.__eq__);
                if (eq != null)
                {
                    PyObject r = Ops.CallMethod2(ip, eq, this, other);
                    if (ReferenceEquals(r, PyNotImplemented.Value))
                    {
                        return null;
                    }

                    return PyBool.Of(!Ops.IsTrue(ip, r));
                }
            }

            if (Base != null)
            {
                return Base.RichCompare(ip, op, other is PyInstance ? other.NativeBase : other);
            }

            return null;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            PyObject f = Override(Names.__bool__);
            if (f != null)
            {
                PyObject r = Ops.CallMethod1(ip, f, this);
                if (!(r is PyBool))
                {
                    throw new PyException(PyExc.TypeError, "__bool__ should return bool, returned " + r.Type.Name.Value);
                }

                return ((PyBool)r).Value != 0 ? 1 : 0;
            }

            f = Override(Names.__len__);
            if (f != null)
            {
                return Length(ip) != 0 ? 1 : 0;
            }

            return Base != null ? Base.Truth(ip) : -1;
        }

        /// <inheritdoc/>
        public override int Length(Interpreter ip)
        {
            PyObject f = Override(Names.__len__);
            if (f != null)
            {
                long n = Ops.Index(ip, Ops.CallMethod1(ip, f, this));
                if (n < 0)
                {
                    throw new PyException(PyExc.ValueError, "__len__() should return >= 0");
                }

                if (n > int.MaxValue)
                {
                    throw new PyException(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
                }

                return (int)n;
            }

            return Base != null ? Base.Length(ip) : -1;
        }

        /// <inheritdoc/>
        public override PyObject GetItem(Interpreter ip, PyObject key)
        {
            PyObject f = Override(Names.__getitem__);
            if (f != null)
            {
                return Ops.CallMethod2(ip, f, this, key);
            }

            if (Base != null)
            {
                if (Base is PyDict)
                {
                    PyObject v = ((PyDict)Base).Get(ip, key);
                    if (v != null)
                    {
                        return v;
                    }

                    PyObject missing = Override(Names.__missing__);
                    if (missing != null)
                    {
                        return Ops.CallMethod2(ip, missing, this, key);
                    }

                    throw new PyException(PyExc.KeyError, key);
                }

                return Base.GetItem(ip, key);
            }

            return null;
        }

        /// <inheritdoc/>
        public override bool SetItem(Interpreter ip, PyObject key, PyObject value)
        {
            PyObject f = Override(Names.__setitem__);
            if (f != null)
            {
                Ops.CallMethod3(ip, f, this, key, value);
                return true;
            }

            return Base != null && Base.SetItem(ip, key, value);
        }

        /// <inheritdoc/>
        public override bool DelItem(Interpreter ip, PyObject key)
        {
            PyObject f = Override(Names.__delitem__);
            if (f != null)
            {
                Ops.CallMethod2(ip, f, this, key);
                return true;
            }

            return Base != null && Base.DelItem(ip, key);
        }

        /// <inheritdoc/>
        public override int Contains(Interpreter ip, PyObject item)
        {
            PyObject f = Override(Names.__contains__);
            if (f != null)
            {
                return Ops.IsTrue(ip, Ops.CallMethod2(ip, f, this, item)) ? 1 : 0;
            }

            if (Override(Names.__iter__) != null || Override(Names.__getitem__) != null)
            {
                return -1;
            }

            return Base != null ? Base.Contains(ip, item) : -1;
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            PyObject f = _type.Lookup(Names.__iter__);
            if (f is PyNone)
            {
                return null;
            }

            if (f != null && Ops.IsPythonCallable(f))
            {
                PyObject it = Ops.CallMethod1(ip, f, this);
                if (!it.IsIterator)
                {
                    throw new PyException(PyExc.TypeError, "iter() returned non-iterator of type '" + it.Type.Name.Value + "'");
                }

                return it;
            }

            if (Base != null)
            {
                return Base.GetIter(ip);
            }

            return null;
        }

        /// <inheritdoc/>
        public override bool IsIterator
        {
            get { return Override(Names.__next__) != null || (Base != null && Base.IsIterator); }
        }

        /// <inheritdoc/>
        public override PyObject Next(Interpreter ip)
        {
            PyObject f = Override(Names.__next__);
            if (f != null)
            {
                try
                {
                    return Ops.CallMethod1(ip, f, this);
                }
                catch (PyException e)
                {
                    if (e.Value.IsInstance(PyExc.StopIteration))
                    {
                        ip.LastStopValue = e.Value.FirstArg;
                        return null;
                    }

                    throw;
                }
            }

            if (Base != null)
            {
                return Base.Next(ip);
            }

            return base.Next(ip);
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if ((_type.Flags & PyType.FlagHasGetAttribute) != 0)
            {
                PyObject ga = Override(Names.__getattribute__);
                if (ga != null)
                {
                    try
                    {
                        return Ops.CallMethod2(ip, ga, this, name);
                    }
                    catch (PyException e)
                    {
                        if (!e.Value.IsInstance(PyExc.AttributeError) || (_type.Flags & PyType.FlagHasGetAttr) == 0)
                        {
                            throw;
                        }
                    }

                    return Ops.CallMethod2(ip, Override(Names.__getattr__), this, name);
                }
            }

            PyObject descr = _type.Lookup(name);
            if (descr != null && descr.IsDataDescriptor)
            {
                return descr.DescrGet(ip, this, _type);
            }

            if (_dict != null)
            {
                PyObject v = _dict.LookupName(name);
                if (v != null)
                {
                    return v;
                }
            }

            if (descr != null)
            {
                return descr.DescrGet(ip, this, _type);
            }

            switch (Names.Lookup(name.Value))
            {
                case Names.__class__:
                    return _type;
                case Names.__dict__:
                    return InstanceDict;
            }

            if (Base != null)
            {
                PyObject v = Base.GetAttr(ip, name);
                if (v != null)
                {
                    return v;
                }
            }

            if ((_type.Flags & PyType.FlagHasGetAttr) != 0)
            {
                PyObject ga = Override(Names.__getattr__);
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
            if ((_type.Flags & PyType.FlagHasSetAttr) != 0)
            {
                PyObject sa = Override(Names.__setattr__);
                if (sa != null)
                {
                    Ops.CallMethod3(ip, sa, this, name, value);
                    return true;
                }
            }

            return StoreAttr(ip, name, value);
        }

        /// <summary>object.__setattr__: data descriptors, then the instance dict.</summary>
        public bool StoreAttr(Interpreter ip, PyStr name, PyObject value)
        {
            PyObject descr = _type.Lookup(name);
            if (descr != null && descr.IsDataDescriptor)
            {
                return descr.DescrSet(ip, this, value);
            }

            if (name == Names.Get(Names.__class__))
            {
                PyType t = value as PyType;
                if (t == null || !t.IsUserClass)
                {
                    throw new PyException(PyExc.TypeError, "__class__ must be set to a class");
                }

                throw new PyException(PyExc.TypeError, "__class__ assignment is not supported");
            }

            if (ReferenceEquals(_type, PyTypes.Object))
            {
                // object() instances have no __dict__.
                return false;
            }

            InstanceDict.SetName(Intern.Get(name), value);
            return true;
        }

        /// <inheritdoc/>
        public override bool DelAttr(Interpreter ip, PyStr name)
        {
            if ((_type.Flags & PyType.FlagHasSetAttr) != 0)
            {
                PyObject da = Override(Names.__delattr__);
                if (da != null)
                {
                    Ops.CallMethod2(ip, da, this, name);
                    return true;
                }
            }

            return RemoveAttr(ip, name);
        }

        /// <summary>object.__delattr__.</summary>
        public bool RemoveAttr(Interpreter ip, PyStr name)
        {
            PyObject descr = _type.Lookup(name);
            if (descr != null && descr.IsDataDescriptor)
            {
                return descr.DescrSet(ip, this, null);
            }

            return _dict != null && _dict.Remove(ip, name) != null;
        }

        /// <inheritdoc/>
        public override bool IsCallable
        {
            get { return _type.Lookup(Names.__call__) != null || (Base != null && Base.IsCallable); }
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject f = _type.Lookup(Names.__call__);
            if (f != null)
            {
                return Ops.CallMethod(ip, f, this, args, offset, count, kwnames);
            }

            return Base != null ? Base.Call(ip, args, offset, count, kwnames) : null;
        }

        /// <inheritdoc/>
        public override PyObject DescrGet(Interpreter ip, PyObject instance, PyType owner)
        {
            PyObject f = Override(Names.__get__);
            if (f == null)
            {
                return this;
            }

            return Ops.CallMethod3(ip, f, this, instance ?? PyNone.Value, owner ?? (PyObject)PyNone.Value);
        }

        /// <inheritdoc/>
        public override bool IsDataDescriptor
        {
            get { return Override(Names.__set__) != null || Override(Names.__delete__) != null; }
        }

        /// <inheritdoc/>
        public override bool DescrSet(Interpreter ip, PyObject instance, PyObject value)
        {
            if (value == null)
            {
                PyObject d = Override(Names.__delete__);
                if (d == null)
                {
                    throw new PyException(PyExc.AttributeError, "__delete__");
                }

                Ops.CallMethod2(ip, d, this, instance);
                return true;
            }

            PyObject f = Override(Names.__set__);
            if (f == null)
            {
                throw new PyException(PyExc.AttributeError, "__set__");
            }

            Ops.CallMethod3(ip, f, this, instance, value);
            return true;
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>
    /// The methods and constructors of the types the language itself needs: object, type, BaseException, property,
    /// staticmethod, classmethod, super, generators and coroutines. Other built-in types get theirs from the Builtins
    /// assembly through the same <see cref="TypeDictFiller"/> mechanism.
    /// </summary>
    public static class CoreTypeMethods
    {
        private static ArgSpec s_propertySpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec PropertySpec
        {
            get { return s_propertySpec ?? (s_propertySpec = new ArgSpec("property", "fget, fset, fdel, doc", 0)); }
        }
        private static readonly object s_lock = new object();
        private static bool s_installed;

        /// <summary>Registers the filler and the native constructors (idempotent; call before creating interpreters).</summary>
        public static void Install()
        {
            lock (s_lock)
            {
                if (s_installed)
                {
                    return;
                }

                s_installed = true;
                PyTypes.Object.New = NewObject;
                PyTypes.Type.New = NewType;
                PyExc.BaseException.New = NewException;
                PyTypes.Property.New = NewProperty;
                PyTypes.StaticMethod.New = NewStaticMethod;
                PyTypes.ClassMethod.New = NewClassMethod;
                PyTypes.Super.New = NewSuper;
                PyType.AddFiller(Fill);
            }
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, PyTypes.Object))
            {
                PyBuiltinN init = new PyBuiltinN(t, "__init__", ObjectInit);
                PyType.SetObjectInit(init);
                d.SetName(Names.__init__, init);
                d.SetName(Names.__new__, new PyBuiltinN("__new__", ObjectNew));
                d.SetName(Names.__repr__, new PyBuiltin1(t, "__repr__", ObjectRepr));
                d.SetName(Names.__str__, new PyBuiltin1(t, "__str__", ObjectStr));
                d.SetName(Names.__eq__, new PyBuiltin2(t, "__eq__", ObjectEq));
                d.SetName(Names.__ne__, new PyBuiltin2(t, "__ne__", ObjectNe));
                d.SetName(Names.__hash__, new PyBuiltin1(t, "__hash__", ObjectHash));
                d.SetName(Names.__setattr__, new PyBuiltin3(t, "__setattr__", ObjectSetAttr));
                d.SetName(Names.__delattr__, new PyBuiltin2(t, "__delattr__", ObjectDelAttr));
                d.SetName(Names.__getattribute__, new PyBuiltin2(t, "__getattribute__", ObjectGetAttribute));
                d.SetName(Names.__format__, new PyBuiltin2(t, "__format__", ObjectFormat));
                d.SetName(Names.__init_subclass__, new PyClassMethod(new PyBuiltinN("__init_subclass__", InitSubclass)));
            }
            else if (ReferenceEquals(t, PyTypes.Type))
            {
                d.SetName(Names.__new__, new PyBuiltinN("__new__", TypeNew));
                d.SetName(Names.__call__, new PyBuiltinN(t, "__call__", TypeCall));
                d.SetName(Names.__init__, new PyBuiltinN(t, "__init__", ObjectInit));
                d.SetName("mro", new PyBuiltin1(t, "mro", TypeMro));
            }
            else if (ReferenceEquals(t, PyExc.BaseException))
            {
                d.SetName(Names.__init__, new PyBuiltinN(t, "__init__", ExceptionInit));
                d.SetName(Names.__str__, new PyBuiltin1(t, "__str__", ExceptionStr));
                d.SetName(Names.__repr__, new PyBuiltin1(t, "__repr__", ExceptionRepr));
                d.SetName(Names.with_traceback, new PyBuiltin2(t, "with_traceback", WithTraceback));
            }
            else if (ReferenceEquals(t, PyTypes.Generator) || PyTypes.IsCoroutineType(t))
            {
                d.SetName(Names.send, new PyBuiltin2(t, "send", GenSend));
                d.SetName(Names.@throw, new PyBuiltin3(t, "throw", GenThrow, 2));
                d.SetName(Names.close, new PyBuiltin1(t, "close", GenClose));
                if (ReferenceEquals(t, PyTypes.Generator))
                {
                    d.SetName(Names.__next__, new PyBuiltin1(t, "__next__", GenNext));
                    d.SetName(Names.__iter__, new PyBuiltin1(t, "__iter__", Self));
                }
                else
                {
                    d.SetName(Names.__await__, new PyBuiltin1(t, "__await__", Self));
                }
            }
            else if (ReferenceEquals(t, PyTypes.Property))
            {
                d.SetName(Names.getter, new PyBuiltin2(t, "getter", PropertyGetter));
                d.SetName(Names.setter, new PyBuiltin2(t, "setter", PropertySetter));
                d.SetName(Names.deleter, new PyBuiltin2(t, "deleter", PropertyDeleter));
            }
        }

        // ---- object ----

        private static PyObject NewObject(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return new PyInstance(cls, null);
        }

        private static PyObject ObjectInit(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return PyNone.Value;
        }

        private static PyObject ObjectNew(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType cls = count > 0 ? args[offset] as PyType : null;
            if (cls == null)
            {
                throw new PyException(PyExc.TypeError, "object.__new__(X): X is not a type object");
            }

            NativeNew nn;
            PyType native = cls.FindNativeNew(out nn);
            if (!ReferenceEquals(native, PyTypes.Object))
            {
                // object.__new__(cls) on a subclass of a built-in type creates that type's empty value.
                return nn(ip, cls, args, offset + 1, 0, null);
            }

            return new PyInstance(cls, null);
        }

        private static PyObject ObjectRepr(Interpreter ip, PyObject self)
        {
            PyInstance i = self as PyInstance;
            if (i != null)
            {
                return new PyStr(i.DefaultRepr(ip));
            }

            return new PyStr("<" + self.Type.Name.Value + " object at 0x" + Ops.IdHex(self) + ">");
        }

        private static PyObject ObjectStr(Interpreter ip, PyObject self)
        {
            return new PyStr(Ops.Repr(ip, self));
        }

        private static PyObject ObjectEq(Interpreter ip, PyObject self, PyObject other)
        {
            return ReferenceEquals(self, other) ? (PyObject)PyBool.True : PyNotImplemented.Value;
        }

        private static PyObject ObjectNe(Interpreter ip, PyObject self, PyObject other)
        {
            PyObject eq = Ops.RichCompare(ip, CompareOp.Eq, self, other);
            return PyBool.Of(!Ops.IsTrue(ip, eq));
        }

        private static PyObject ObjectHash(Interpreter ip, PyObject self)
        {
            return PyInt.Get(Ops.IdentityHash(self));
        }

        private static PyObject ObjectSetAttr(Interpreter ip, PyObject self, PyObject name, PyObject value)
        {
            PyStr n = Intern.Get(Ops.ExpectStr(name, "attribute name"));
            PyInstance i = self as PyInstance;
            if (i != null)
            {
                i.StoreAttr(ip, n, value);
            }
            else
            {
                Ops.SetAttr(ip, self, n, value);
            }

            return PyNone.Value;
        }

        private static PyObject ObjectDelAttr(Interpreter ip, PyObject self, PyObject name)
        {
            PyStr n = Intern.Get(Ops.ExpectStr(name, "attribute name"));
            PyInstance i = self as PyInstance;
            if (i != null ? !i.RemoveAttr(ip, n) : !self.DelAttr(ip, n))
            {
                throw Ops.AttributeError(self, n);
            }

            return PyNone.Value;
        }

        private static PyObject ObjectGetAttribute(Interpreter ip, PyObject self, PyObject name)
        {
            PyStr n = Intern.Get(Ops.ExpectStr(name, "attribute name"));
            PyInstance i = self as PyInstance;
            PyObject v;
            if (i != null)
            {
                PyType t = i.Type;
                PyObject descr = t.Lookup(n);
                if (descr != null && descr.IsDataDescriptor)
                {
                    return descr.DescrGet(ip, self, t);
                }

                PyDict d = i.InstanceDictOrNull;
                v = d != null ? d.LookupName(n) : null;
                if (v == null && descr != null)
                {
                    v = descr.DescrGet(ip, self, t);
                }

                if (v == null && ReferenceEquals(n, Names.Get(Names.__class__)))
                {
                    v = t;
                }

                if (v == null && ReferenceEquals(n, Names.Get(Names.__dict__)))
                {
                    v = i.InstanceDict;
                }
            }
            else
            {
                v = self.GetAttr(ip, n);
            }

            if (v == null)
            {
                throw Ops.AttributeError(self, n);
            }

            return v;
        }

        private static PyObject ObjectFormat(Interpreter ip, PyObject self, PyObject spec)
        {
            string sp = Ops.ExpectStr(spec, "format spec");
            if (sp.Length != 0)
            {
                throw new PyException(PyExc.TypeError, "unsupported format string passed to " + self.Type.Name.Value + ".__format__");
            }

            return new PyStr(Ops.Str(ip, self));
        }

        private static PyObject InitSubclass(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw new PyException(PyExc.TypeError, "__init_subclass__() takes no keyword arguments");
            }

            return PyNone.Value;
        }

        // ---- type ----

        private static PyObject NewType(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            if (npos == 1 && nkw == 0 && ReferenceEquals(cls, PyTypes.Type))
            {
                return args[offset].Type;
            }

            if (npos != 3)
            {
                throw new PyException(PyExc.TypeError, "type() takes 1 or 3 arguments");
            }

            PyObject[] kwValues = new PyObject[nkw];
            System.Array.Copy(args, offset + 3, kwValues, 0, nkw);
            return ClassBuilder.CreateClass(ip, cls, args[offset], args[offset + 1], args[offset + 2], nkw > 0 ? kwnames.Items : null, kwValues, nkw);
        }

        private static PyObject TypeNew(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType meta = count > 0 ? args[offset] as PyType : null;
            if (meta == null || !meta.IsSubtypeOf(PyTypes.Type))
            {
                throw new PyException(PyExc.TypeError, "type.__new__(X): X is not a type object");
            }

            return NewType(ip, meta, args, offset + 1, count - 1, kwnames);
        }

        private static PyObject TypeCall(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType t = (PyType)args[offset];
            return t.Instantiate(ip, args, offset + 1, count - 1, kwnames);
        }

        private static PyObject TypeMro(Interpreter ip, PyObject self)
        {
            PyType t = (PyType)self;
            PyObject[] items = new PyObject[t.Mro.Length];
            System.Array.Copy(t.Mro, items, items.Length);
            return new PyList(items, items.Length);
        }

        // ---- BaseException ----

        private static PyObject NewException(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            if (nkw > 0 && !cls.IsUserClass)
            {
                throw new PyException(PyExc.TypeError, cls.Name.Value + "() takes no keyword arguments");
            }

            return new PyBaseException(cls, PyTuple.FromArray(args, offset, count - nkw));
        }

        private static PyObject ExceptionInit(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyBaseException e = (PyBaseException)args[offset];
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            e.Args = PyTuple.FromArray(args, offset + 1, count - 1 - nkw);
            return PyNone.Value;
        }

        private static PyObject ExceptionStr(Interpreter ip, PyObject self)
        {
            return new PyStr(((PyBaseException)self).NativeStr(ip));
        }

        private static PyObject ExceptionRepr(Interpreter ip, PyObject self)
        {
            return new PyStr(((PyBaseException)self).NativeRepr(ip));
        }

        private static PyObject WithTraceback(Interpreter ip, PyObject self, PyObject tb)
        {
            ((PyBaseException)self).SetAttr(ip, Names.Get(Names.__traceback__), tb);
            return self;
        }

        // ---- generators ----

        private static PyObject Self(Interpreter ip, PyObject self)
        {
            return self;
        }

        private static PyObject GenNext(Interpreter ip, PyObject self)
        {
            PyGenerator g = (PyGenerator)self;
            PyObject r = g.Resume(ip, PyNone.Value, null);
            if (r == null)
            {
                throw Ops.StopIteration(g.ReturnValue);
            }

            return r;
        }

        private static PyObject GenSend(Interpreter ip, PyObject self, PyObject value)
        {
            return ((PyGenerator)self).Send(ip, value);
        }

        private static PyObject GenThrow(Interpreter ip, PyObject self, PyObject exc, PyObject value)
        {
            PyBaseException e = exc as PyBaseException;
            if (e == null)
            {
                PyType t = exc as PyType;
                if (t == null || (t.Flags & PyType.FlagException) == 0)
                {
                    throw new PyException(PyExc.TypeError, "exceptions must be classes or instances deriving from BaseException, not " + exc.Type.Name.Value);
                }

                PyObject inst = value == null || value is PyNone ? Ops.Call0(ip, t) : Ops.Call1(ip, t, value);
                e = (PyBaseException)inst;
            }

            return ((PyGenerator)self).Throw(ip, e);
        }

        private static PyObject GenClose(Interpreter ip, PyObject self)
        {
            ((PyGenerator)self).Close(ip);
            return PyNone.Value;
        }

        // ---- property, staticmethod, classmethod, super ----

        private static PyObject NewProperty(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[4];
            PropertySpec.Parse(ip, args, offset, count, kwnames, a);
            return new PyProperty(NoneToNull(a[0]), NoneToNull(a[1]), NoneToNull(a[2]), NoneToNull(a[3]));
        }

        private static PyObject NoneToNull(PyObject o)
        {
            return o is PyNone ? null : o;
        }

        private static PyObject PropertyGetter(Interpreter ip, PyObject self, PyObject f)
        {
            PyProperty p = (PyProperty)self;
            return new PyProperty(f, p.Setter, p.Deleter, p.Doc);
        }

        private static PyObject PropertySetter(Interpreter ip, PyObject self, PyObject f)
        {
            PyProperty p = (PyProperty)self;
            return new PyProperty(p.Getter, f, p.Deleter, p.Doc);
        }

        private static PyObject PropertyDeleter(Interpreter ip, PyObject self, PyObject f)
        {
            PyProperty p = (PyProperty)self;
            return new PyProperty(p.Getter, p.Setter, f, p.Doc);
        }

        private static PyObject NewStaticMethod(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count != 1 || kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "staticmethod expected 1 argument, got " + count);
            }

            return new PyStaticMethod(args[offset]);
        }

        private static PyObject NewClassMethod(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count != 1 || kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "classmethod expected 1 argument, got " + count);
            }

            return new PyClassMethod(args[offset]);
        }

        private static PyObject NewSuper(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count == 2)
            {
                PyType t = args[offset] as PyType;
                if (t == null)
                {
                    throw new PyException(PyExc.TypeError, "super() argument 1 must be a type, not " + args[offset].Type.Name.Value);
                }

                return new PySuper(t, args[offset + 1]);
            }

            if (count == 0)
            {
                // super() called without the compiler's rewrite (for example through an alias): read the frame.
                Frame f = ip.CurrentFrame;
                if (f != null && f.Code.ArgCount > 0)
                {
                    CodeObject code = f.Code;
                    for (int i = 0; i < code.FreeNames.Length; i++)
                    {
                        if (code.FreeNames[i].Value == "__class__")
                        {
                            PyType t = ((PyCell)f.Slots[code.NLocals + code.CellNames.Length + i]).Value as PyType;
                            PyObject self = f.Slots[0];
                            if (self is PyCell)
                            {
                                self = ((PyCell)self).Value;
                            }

                            if (t != null && self != null)
                            {
                                return new PySuper(t, self);
                            }
                        }
                    }
                }

                throw new PyException(PyExc.RuntimeError, "super(): no arguments");
            }

            throw new PyException(PyExc.TypeError, "super() takes 0 or 2 arguments");
        }
    }
}

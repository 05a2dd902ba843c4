namespace NanoPython.Runtime
{
    /// <summary>
    /// Class creation: builtins.__build_class__ (run the class body, pick the metaclass, call it) and type(name, bases,
    /// dict) (check the bases, compute the lookup order, adapt special methods, run __set_name__ and __init_subclass__).
    /// </summary>
    public static class ClassBuilder
    {
        private static ArgSpec s_buildSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec BuildSpec
        {
            get { return s_buildSpec ?? (s_buildSpec = new ArgSpec("__build_class__", "metaclass", 0)); }
        }

        /// <summary>builtins.__build_class__(func, name, *bases, metaclass=None, **kwds).</summary>
        public static PyObject BuildClass(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            if (npos < 2)
            {
                throw new PyException(PyExc.TypeError, "__build_class__: not enough arguments");
            }

            PyFunction body = args[offset] as PyFunction;
            if (body == null)
            {
                throw new PyException(PyExc.TypeError, "__build_class__: func must be a function");
            }

            PyObject name = args[offset + 1];
            PyTuple bases = PyTuple.FromArray(args, offset + 2, npos - 2);

            PyObject meta = null;
            int kwIndex = -1;
            for (int j = 0; j < nkw; j++)
            {
                if (((PyStr)kwnames.Items[j]).Value == "metaclass")
                {
                    meta = args[offset + npos + j];
                    kwIndex = j;
                }
            }

            if (meta == null)
            {
                meta = PyTypes.Type;
                for (int i = 0; i < bases.Items.Length; i++)
                {
                    PyType bt = bases.Items[i].Type;
                    PyType cur = (PyType)meta;
                    if (bt.IsSubtypeOf(cur))
                    {
                        meta = bt;
                    }
                    else if (!cur.IsSubtypeOf(bt))
                    {
                        throw new PyException(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
                    }
                }
            }

            // The other keywords go to the metaclass and __init_subclass__.
            PyObject[] kwValues = new PyObject[nkw - (kwIndex >= 0 ? 1 : 0)];
            PyObject[] kwNamesOut = new PyObject[kwValues.Length];
            for (int j = 0, k = 0; j < nkw; j++)
            {
                if (j != kwIndex)
                {
                    kwNamesOut[k] = kwnames.Items[j];
                    kwValues[k] = args[offset + npos + j];
                    k++;
                }
            }

            PyDict ns = null;
            PyType metaType = meta as PyType;
            if (metaType != null && metaType.IsUserClass)
            {
                PyObject prepare = metaType.Lookup(Intern.Get("__prepare__"));
                if (prepare != null)
                {
                    PyObject bound = prepare.DescrGet(ip, null, metaType);
                    ns = Ops.Call2(ip, bound, name, bases) as PyDict;
                }
            }

            if (ns == null)
            {
                ns = new PyDict();
            }

            // Run the body with the namespace as its locals.
            Frame f = ip.Frames.Get(body.Code, body.Globals, ip.Builtins);
            f.Locals = ns;
            if (body.Code.NCellsAndFrees != 0)
            {
                Vm.SetupCells(f, body);
            }

            if (ip.Depth >= ip.MaxDepth)
            {
                ip.Frames.Release(f);
                throw Ops.RecursionError();
            }

            PyObject cell;
            ip.Depth++;
            f.Back = ip.CurrentFrame;
            try
            {
                cell = Vm.Run(ip, f, null);
            }
            finally
            {
                ip.Depth--;
                ip.Frames.Release(f);
            }

            PyObject cls;
            if (ReferenceEquals(meta, PyTypes.Type))
            {
                cls = CreateClass(ip, PyTypes.Type, name, bases, ns, kwNamesOut, kwValues, kwValues.Length);
            }
            else
            {
                PyObject[] margs = new PyObject[3 + kwValues.Length];
                margs[0] = name;
                margs[1] = bases;
                margs[2] = ns;
                System.Array.Copy(kwValues, 0, margs, 3, kwValues.Length);
                cls = Ops.Call(ip, meta, margs, 0, margs.Length, kwValues.Length > 0 ? new PyTuple(kwNamesOut) : null);
            }

            PyCell c = cell as PyCell;
            if (c != null)
            {
                c.Value = cls;
            }

            return cls;
        }

        /// <summary>type.__new__(metatype, name, bases, dict, **kwds): creates a user class (nkw keywords in kwNames/kwValues).</summary>
        public static PyType CreateClass(Interpreter ip, PyType metatype, PyObject name, PyObject bases, PyObject dict, PyObject[] kwNames, PyObject[] kwValues, int nkw)
        {
            PyStr sname = name as PyStr;
            PyTuple tbases = bases as PyTuple;
            PyDict ns = dict as PyDict;
            if (sname == null || tbases == null || ns == null)
            {
                throw new PyException(PyExc.TypeError, "type.__new__() argument types must be (str, tuple, dict)");
            }

            PyObject[] b = tbases.Items;
            if (b.Length == 0)
            {
                b = new PyObject[] { PyTypes.Object };
                tbases = new PyTuple(b);
            }

            PyType nativeType = PyTypes.Object;
            int flags = PyType.FlagUserClass | PyType.FlagBaseType;
            for (int i = 0; i < b.Length; i++)
            {
                PyType bt = b[i] as PyType;
                if (bt == null)
                {
                    throw new PyException(PyExc.TypeError, "bases must be types");
                }

                if ((bt.Flags & PyType.FlagBaseType) == 0)
                {
                    throw new PyException(PyExc.TypeError, "type '" + bt.Name.Value + "' is not an acceptable base type");
                }

                for (int j = 0; j < i; j++)
                {
                    if (ReferenceEquals(b[j], bt))
                    {
                        throw new PyException(PyExc.TypeError, "duplicate base class " + bt.Name.Value);
                    }
                }

                flags |= bt.Flags & (PyType.FlagException | PyType.FlagHasGetAttr | PyType.FlagHasSetAttr | PyType.FlagHasGetAttribute);
                PyType nt = bt.NativeType;
                if (!ReferenceEquals(nt, PyTypes.Object))
                {
                    if (ReferenceEquals(nativeType, PyTypes.Object) || nt.IsSubtypeOf(nativeType))
                    {
                        nativeType = nt;
                    }
                    else if (!nativeType.IsSubtypeOf(nt))
                    {
                        throw new PyException(PyExc.TypeError, "multiple bases have instance lay-out conflict");
                    }
                }
            }

            PyType[] mro = ComputeMro(null, b);

            PyDict d = ns.Copy();
            PyStr qualname = sname;
            PyObject q = d.LookupName(Names.Get(Names.__qualname__));
            if (q is PyStr)
            {
                qualname = (PyStr)q;
                d.Remove(ip, Names.Get(Names.__qualname__));
            }

            if (d.LookupName(Names.Get(Names.__module__)) == null)
            {
                Frame cf = ip.CurrentFrame;
                PyObject modName = cf != null ? cf.Globals.LookupName(Names.Get(Names.__name__)) : null;
                if (modName != null)
                {
                    d.SetName(Names.__module__, modName);
                }
            }

            // Implicit staticmethod/classmethod, and __hash__ = None when __eq__ is defined without __hash__.
            PyObject nw = d.LookupName(Names.Get(Names.__new__));
            if (nw is PyFunction)
            {
                d.SetName(Names.__new__, new PyStaticMethod(nw));
            }

            PyObject isc = d.LookupName(Names.Get(Names.__init_subclass__));
            if (isc is PyFunction)
            {
                d.SetName(Names.__init_subclass__, new PyClassMethod(isc));
            }

            PyObject cgi = d.LookupName(Names.Get(Names.__class_getitem__));
            if (cgi is PyFunction)
            {
                d.SetName(Names.__class_getitem__, new PyClassMethod(cgi));
            }

            if (d.LookupName(Names.Get(Names.__eq__)) != null && d.LookupName(Names.Get(Names.__hash__)) == null)
            {
                d.SetName(Names.__hash__, PyNone.Value);
            }

            PyType cls = new PyType(Intern.Get(sname), tbases, null, d, ReferenceEquals(metatype, PyTypes.Type) ? null : metatype, nativeType, flags);
            cls.QualName = qualname;
            mro[0] = cls;
            cls.Mro = mro;
            for (int i = 0; i < d.EntryLimit; i++)
            {
                PyStr k = d.KeyAt(i) as PyStr;
                if (k != null)
                {
                    cls.UpdateSpecialFlags(k);
                }
            }

            // __set_name__ on descriptors defined in the body.
            for (int i = 0; i < d.EntryLimit; i++)
            {
                PyObject k = d.KeyAt(i);
                if (k == null)
                {
                    continue;
                }

                PyObject v = d.ValueAt(i);
                if (v is PyInstance)
                {
                    PyObject sn = Ops.FindPythonOverride(v.Type, Names.__set_name__);
                    if (sn != null)
                    {
                        Ops.CallMethod3(ip, sn, v, cls, k);
                    }
                }
            }

            // __init_subclass__ of the nearest base that defines one.
            PyType owner;
            PyObject initSub = cls.LookupAfter(cls, Names.Get(Names.__init_subclass__), out owner);
            if (initSub != null && Ops.IsPythonCallable(initSub))
            {
                PyObject bound = initSub.DescrGet(ip, null, cls);
                if (nkw > 0)
                {
                    PyObject[] names = new PyObject[nkw];
                    System.Array.Copy(kwNames, 0, names, 0, nkw);
                    Ops.Call(ip, bound, kwValues, 0, nkw, new PyTuple(names));
                }
                else
                {
                    Ops.Call0(ip, bound);
                }
            }
            else if (nkw > 0)
            {
                throw new PyException(PyExc.TypeError, cls.Name.Value + ".__init_subclass__() takes no keyword arguments");
            }

            return cls;
        }

        /// <summary>
        /// MicroPython's lookup order: the class, then each base's order depth-first, left to right, keeping the first
        /// occurrence of each class; object comes last. Slot 0 is left for the class itself.
        /// </summary>
        public static PyType[] ComputeMro(PyType cls, PyObject[] bases)
        {
            System.Collections.ArrayList order = new System.Collections.ArrayList();
            order.Add(cls);
            for (int i = 0; i < bases.Length; i++)
            {
                PyType[] bm = ((PyType)bases[i]).Mro;
                for (int j = 0; j < bm.Length; j++)
                {
                    PyType t = bm[j];
                    if (ReferenceEquals(t, PyTypes.Object) || order.Contains(t))
                    {
                        continue;
                    }

                    order.Add(t);
                }
            }

            order.Add(PyTypes.Object);
            PyType[] mro = new PyType[order.Count];
            for (int i = 0; i < mro.Length; i++)
            {
                mro[i] = (PyType)order[i];
            }

            return mro;
        }
    }
}

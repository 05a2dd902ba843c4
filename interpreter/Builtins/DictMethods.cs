using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>The constructor and methods of dict, and the methods of its views.</summary>
    public static class DictMethods
    {
        /// <summary>dict's native __new__: dict(mapping_or_pairs=(), **kwargs); a subclass gets an empty value that __init__ fills.</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (!ReferenceEquals(cls, PyTypes.Dict))
            {
                return new PyInstance(cls, new PyDict());
            }

            PyDict d = new PyDict();
            UpdateFrom(ip, d, args, offset, count, kwnames, "dict");
            return d;
        }

        /// <summary>Fills the dictionaries of dict and of the dict views.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, PyTypes.Dict))
            {
                FillView(t, d);
                return;
            }

            d.SetName(Names.__init__, new PyBuiltinN(t, "__init__", Init));
            d.SetName(Names.keys, new PyBuiltin1(t, "keys", Keys));
            d.SetName(Names.values, new PyBuiltin1(t, "values", Values));
            d.SetName(Names.items, new PyBuiltin1(t, "items", Items));
            d.SetName(Names.get, new PyBuiltin3(t, "get", Get, 2));
            d.SetName(Names.pop, new PyBuiltin3(t, "pop", Pop, 2));
            d.SetName(Names.popitem, new PyBuiltin1(t, "popitem", PopItem));
            d.SetName(Names.setdefault, new PyBuiltin3(t, "setdefault", SetDefault, 2));
            d.SetName(Names.update, new PyBuiltinN(t, "update", Update));
            d.SetName(Names.clear, new PyBuiltin1(t, "clear", Clear));
            d.SetName(Names.copy, new PyBuiltin1(t, "copy", Copy));
            d.SetName(Names.fromkeys, new PyClassMethod(new PyBuiltin3("fromkeys", FromKeys, 2)));
            d.SetName(Names.__hash__, PyNone.Value);
            PySlotWrapper.Add(t, d, Names.__getitem__, PySlotWrapper.KindGetItem);
            PySlotWrapper.Add(t, d, Names.__setitem__, PySlotWrapper.KindSetItem);
            PySlotWrapper.Add(t, d, Names.__delitem__, PySlotWrapper.KindDelItem);
            PySlotWrapper.Add(t, d, Names.__contains__, PySlotWrapper.KindContains);
            PySlotWrapper.Add(t, d, Names.__len__, PySlotWrapper.KindLen);
            PySlotWrapper.Add(t, d, Names.__iter__, PySlotWrapper.KindIter);
            PySlotWrapper.Add(t, d, Names.__reversed__, PySlotWrapper.KindReversed);
            PySlotWrapper.Add(t, d, Names.__repr__, PySlotWrapper.KindRepr);
            d.SetName(Names.__eq__, new PySlotWrapper(t, Names.__eq__, PySlotWrapper.KindCompare, CompareOp.Eq));
            d.SetName(Names.__ne__, new PySlotWrapper(t, Names.__ne__, PySlotWrapper.KindCompare, CompareOp.Ne));
            PySlotWrapper.AddBinary(t, d, BinaryOp.Or, true);
        }

        private static void FillView(PyType t, PyDict d)
        {
            PySlotWrapper.Add(t, d, Names.__len__, PySlotWrapper.KindLen);
            PySlotWrapper.Add(t, d, Names.__iter__, PySlotWrapper.KindIter);
            PySlotWrapper.Add(t, d, Names.__reversed__, PySlotWrapper.KindReversed);
            if (!ReferenceEquals(t, PyTypes.DictValues))
            {
                PySlotWrapper.Add(t, d, Names.__contains__, PySlotWrapper.KindContains);
                d.SetName("isdisjoint", new PyBuiltin2(t, "isdisjoint", IsDisjoint));
            }
        }

        /// <summary>
        /// d[key] for an instance of a dict subclass through dict.__getitem__: a missing key goes to the subclass's
        /// __missing__ when it has one (the slot of the instance would call its own __getitem__ again).
        /// </summary>
        public static PyObject SubclassGetItem(Interpreter ip, PyObject instance, PyDict d, PyObject key)
        {
            PyObject v = d.Get(ip, key);
            if (v != null)
            {
                return v;
            }

            PyObject missing = Ops.FindPythonOverride(instance.Type, Names.__missing__);
            if (missing != null)
            {
                return Ops.CallMethod2(ip, missing, instance, key);
            }

            throw new PyException(PyExc.KeyError, key);
        }

        /// <summary>
        /// dict.update / dict(): at most one positional argument (a mapping, or an iterable of key/value pairs), then the
        /// keyword arguments. args[offset..] are the arguments (self excluded).
        /// </summary>
        public static void UpdateFrom(Interpreter ip, PyDict d, PyObject[] args, int offset, int count, PyTuple kwnames, string name)
        {
            int nkw = kwnames == null ? 0 : kwnames.Items.Length;
            int npos = count - nkw;
            if (npos > 1)
            {
                throw new PyException(PyExc.TypeError, name + " expected at most 1 argument, got " + npos);
            }

            if (npos == 1)
            {
                Merge(ip, d, args[offset]);
            }

            for (int i = 0; i < nkw; i++)
            {
                d.SetName((PyStr)kwnames.Items[i], args[offset + npos + i]);
            }
        }

        /// <summary>Adds the entries of a mapping (anything with keys()) or of an iterable of pairs.</summary>
        public static void Merge(Interpreter ip, PyDict d, PyObject src)
        {
            PyDict sd = src as PyDict;
            if (sd == null && src.NativeBase is PyDict && Ops.FindPythonOverride(src.Type, Names.keys) == null && Ops.FindPythonOverride(src.Type, Names.__getitem__) == null)
            {
                sd = (PyDict)src.NativeBase;
            }

            if (sd != null)
            {
                if (!ReferenceEquals(sd, d))
                {
                    d.Update(ip, sd);
                }

                return;
            }

            PyObject keys = Ops.GetAttrOrNull(ip, src, Names.Get(Names.keys));
            if (keys != null)
            {
                PyObject kit = Ops.GetIter(ip, Ops.Call0(ip, keys));
                PyObject k;
                while ((k = kit.Next(ip)) != null)
                {
                    d.Set(ip, k, Ops.GetItem(ip, src, k));
                }

                return;
            }

            PyObject it = Ops.GetIter(ip, src);
            PyObject item;
            int n = 0;
            while ((item = it.Next(ip)) != null)
            {
                PyObject[] pair;
                int len;
                PyTuple t = item as PyTuple;
                if (t != null)
                {
                    pair = t.Items;
                    len = pair.Length;
                }
                else if (item is PyList)
                {
                    pair = ((PyList)item).Items;
                    len = ((PyList)item).Count;
                }
                else
                {
                    PyObject iit = item.GetIter(ip);
                    if (iit == null)
                    {
                        if (!(item is PyInstance) || Ops.FindPythonOverride(item.Type, Names.__getitem__) == null)
                        {
                            throw new PyException(PyExc.TypeError, "cannot convert dictionary update sequence element #" + n + " to a sequence");
                        }

                        iit = Ops.GetIter(ip, item);
                    }

                    PyList tmp = new PyList();
                    PyObject x;
                    while ((x = iit.Next(ip)) != null)
                    {
                        tmp.Append(x);
                    }

                    pair = tmp.Items;
                    len = tmp.Count;
                }

                if (len != 2)
                {
                    throw new PyException(PyExc.ValueError, "dictionary update sequence element #" + n + " has length " + len + "; 2 is required");
                }

                d.Set(ip, pair[0], pair[1]);
                n++;
            }
        }

        private static PyObject Init(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            UpdateFrom(ip, (PyDict)args[offset], args, offset + 1, count - 1, kwnames, "dict");
            return PyNone.Value;
        }

        private static PyObject Update(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            UpdateFrom(ip, (PyDict)args[offset], args, offset + 1, count - 1, kwnames, "update");
            return PyNone.Value;
        }

        private static PyObject Keys(Interpreter ip, PyObject self)
        {
            return new PyDictView((PyDict)self, PyDictIterator.KindKeys);
        }

        private static PyObject Values(Interpreter ip, PyObject self)
        {
            return new PyDictView((PyDict)self, PyDictIterator.KindValues);
        }

        private static PyObject Items(Interpreter ip, PyObject self)
        {
            return new PyDictView((PyDict)self, PyDictIterator.KindItems);
        }

        private static PyObject Get(Interpreter ip, PyObject self, PyObject key, PyObject dflt)
        {
            return ((PyDict)self).Get(ip, key) ?? dflt ?? PyNone.Value;
        }

        private static PyObject Pop(Interpreter ip, PyObject self, PyObject key, PyObject dflt)
        {
            PyObject v = ((PyDict)self).Remove(ip, key);
            if (v != null)
            {
                return v;
            }

            if (dflt == null)
            {
                throw new PyException(PyExc.KeyError, key);
            }

            return dflt;
        }

        private static PyObject PopItem(Interpreter ip, PyObject self)
        {
            PyDict d = (PyDict)self;
            int e = d.LastEntry();
            if (e < 0)
            {
                throw new PyException(PyExc.KeyError, "popitem(): dictionary is empty");
            }

            PyTuple r = PyTuple.Of(d.KeyAt(e), d.ValueAt(e));
            d.RemoveAt(e);
            return r;
        }

        private static PyObject SetDefault(Interpreter ip, PyObject self, PyObject key, PyObject dflt)
        {
            PyDict d = (PyDict)self;
            PyObject v = d.Get(ip, key);
            if (v == null)
            {
                v = dflt ?? PyNone.Value;
                d.Set(ip, key, v);
            }

            return v;
        }

        private static PyObject Clear(Interpreter ip, PyObject self)
        {
            ((PyDict)self).Clear();
            return PyNone.Value;
        }

        private static PyObject Copy(Interpreter ip, PyObject self)
        {
            return ((PyDict)self).Copy();
        }

        // dict.fromkeys(iterable, value=None), bound to the class: a subclass is instantiated and filled by item assignment.
        private static PyObject FromKeys(Interpreter ip, PyObject cls, PyObject iterable, PyObject value)
        {
            value = value ?? PyNone.Value;
            PyObject r = ReferenceEquals(cls, PyTypes.Dict) ? new PyDict() : Ops.Call0(ip, cls);
            PyDict d = r as PyDict;
            PyObject it = Ops.GetIter(ip, iterable);
            PyObject k;
            while ((k = it.Next(ip)) != null)
            {
                if (d != null)
                {
                    d.Set(ip, k, value);
                }
                else
                {
                    Ops.SetItem(ip, r, k, value);
                }
            }

            return r;
        }

        private static PyObject IsDisjoint(Interpreter ip, PyObject self, PyObject other)
        {
            return PyBool.Of(((PyDictView)self).IsDisjoint(ip, other));
        }
    }
}

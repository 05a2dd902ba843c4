using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>
    /// reversed(seq): the reverse iterator of lists (live, as CPython's), tuples, dicts and dict views, and of any
    /// object with __len__ and __getitem__ (the sequence protocol). Ranges get a range iterator instead.
    /// </summary>
    public sealed class PyReversed : PyObject
    {
        private const int ModeSeq = 0;
        private const int ModeList = 1;
        private const int ModeTuple = 2;
        private const int ModeStr = 3;

        // ModeDict + PyDictIterator.KindKeys/KindValues/KindItems.
        private const int ModeDict = 4;

        private readonly PyObject _seq;
        private readonly int _mode;
        private readonly int _dictCount;
        private int _pos;

        private PyReversed(PyObject seq, int mode, int last, int dictCount)
        {
            _seq = seq;
            _mode = mode;
            _pos = last;
            _dictCount = dictCount;
        }

        /// <summary>The native constructor: reversed(sequence).</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "reversed() takes no keyword arguments");
            }

            if (count != 1)
            {
                throw new PyException(PyExc.TypeError, "reversed expected 1 argument, got " + count);
            }

            return Create(ip, args[offset]);
        }

        /// <summary>reversed(o): __reversed__, a native fast path, or the sequence protocol.</summary>
        public static PyObject Create(Interpreter ip, PyObject o)
        {
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                PyObject f = Ops.FindPythonOverride(inst.Type, Names.__reversed__);
                if (f != null)
                {
                    return Ops.CallMethod1(ip, f, o);
                }

                // list and dict define __reversed__, which subclasses inherit (it ignores their __getitem__).
                if (inst.Base is PyList || inst.Base is PyDict)
                {
                    o = inst.Base;
                }
            }

            PyList l = o as PyList;
            if (l != null)
            {
                return new PyReversed(l, ModeList, l.Count - 1, 0);
            }

            PyTuple t = o as PyTuple;
            if (t != null)
            {
                return new PyReversed(t, ModeTuple, t.Items.Length - 1, 0);
            }

            PyStr str = o as PyStr;
            if (str != null)
            {
                return new PyReversed(str, ModeStr, str.Value.Length - 1, 0);
            }

            PyRange r = o as PyRange;
            if (r != null)
            {
                long n = r.Count;
                return new PyRangeIterator(r.Start + (n - 1) * r.Step, -r.Step, n);
            }

            PyDict d = o as PyDict;
            if (d != null)
            {
                return OfDict(d, PyDictIterator.KindKeys);
            }

            PyDictView v = o as PyDictView;
            if (v != null)
            {
                return OfDict(v.Dict, v.Kind);
            }

            PyObject native = inst != null ? inst.Base : o;
            bool sequence = (inst != null && Ops.FindPythonOverride(inst.Type, Names.__getitem__) != null)
                || (native != null && !(native is PySet) && native.Length(ip) >= 0);
            if (!sequence)
            {
                throw new PyException(PyExc.TypeError, "'" + o.Type.Name.Value + "' object is not reversible");
            }

            return new PyReversed(o, ModeSeq, Ops.Len(ip, o) - 1, 0);
        }

        private static PyReversed OfDict(PyDict d, int kind)
        {
            return new PyReversed(d, ModeDict + kind, d.EntryLimit - 1, d.Count);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return BuiltinTypes.Reversed; }
        }

        /// <inheritdoc/>
        public override bool IsIterator
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return this;
        }

        /// <inheritdoc/>
        public override PyObject Next(Interpreter ip)
        {
            int p = _pos;
            if (p < 0)
            {
                return null;
            }

            switch (_mode)
            {
                case ModeList:
                {
                    PyList l = (PyList)_seq;
                    if (p < l.Count)
                    {
                        _pos = p - 1;
                        return l.Items[p];
                    }

                    _pos = -1;
                    return null;
                }

                case ModeTuple:
                    _pos = p - 1;
                    return ((PyTuple)_seq).Items[p];
                case ModeStr:
                {
                    // Walks UTF-16 units backwards; a surrogate pair is one character.
                    string v = ((PyStr)_seq).Value;
                    char c = v[p];
                    if (c >= 0xDC00 && c <= 0xDFFF && p > 0 && v[p - 1] >= 0xD800 && v[p - 1] <= 0xDBFF)
                    {
                        _pos = p - 2;
                        return new PyStr(v.Substring(p - 1, 2));
                    }

                    _pos = p - 1;
                    return PyStr.OfChar(c);
                }

                case ModeSeq:
                    _pos = p - 1;
                    try
                    {
                        return Ops.GetItem(ip, _seq, PyInt.Get(p));
                    }
                    catch (PyException e)
                    {
                        if (e.Value.IsInstance(PyExc.IndexError) || e.Value.IsInstance(PyExc.StopIteration))
                        {
                            _pos = -1;
                            return null;
                        }

                        throw;
                    }
            }

            return NextOfDict((PyDict)_seq, p);
        }

        private PyObject NextOfDict(PyDict d, int p)
        {
            if (d.Count != _dictCount)
            {
                _pos = -1;
                throw new PyException(PyExc.RuntimeError, "dictionary changed size during iteration");
            }

            if (p >= d.EntryLimit)
            {
                p = d.EntryLimit - 1;
            }

            while (p >= 0)
            {
                PyObject k = d.KeyAt(p);
                p--;
                if (k != null)
                {
                    _pos = p;
                    switch (_mode - ModeDict)
                    {
                        case PyDictIterator.KindKeys:
                            return k;
                        case PyDictIterator.KindValues:
                            return d.ValueAt(p + 1);
                        default:
                            return PyTuple.Of(k, d.ValueAt(p + 1));
                    }
                }
            }

            _pos = -1;
            return null;
        }
    }
}

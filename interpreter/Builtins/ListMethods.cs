using NanoPython.Runtime;

namespace NanoPython.Builtins
{
    /// <summary>The constructor and methods of list.</summary>
    public static class ListMethods
    {
        private static ArgSpec s_sortSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec SortSpec
        {
            get { return s_sortSpec ?? (s_sortSpec = new ArgSpec("sort", "*, key, reverse", 0)); }
        }

        // Shared by every emptied list: a zero-length array never changes.
        private static readonly PyObject[] s_empty = new PyObject[0];

        /// <summary>list's native __new__: list(iterable=()); a subclass gets an empty value that __init__ fills.</summary>
        public static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (!ReferenceEquals(cls, PyTypes.List))
            {
                return new PyInstance(cls, new PyList());
            }

            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, "list() takes no keyword arguments");
            }

            if (count > 1)
            {
                throw new PyException(PyExc.TypeError, "list expected at most 1 argument, got " + count);
            }

            PyList l = new PyList();
            if (count == 1)
            {
                Fill(ip, l, args[offset]);
            }

            return l;
        }

        // Appends the items of an iterable, sized up front when a native object knows its length.
        private static void Fill(Interpreter ip, PyList l, PyObject iterable)
        {
            if (!(iterable is PyInstance) && !(iterable is PyList) && !(iterable is PyTuple))
            {
                int n = iterable.Length(ip);
                if (n > 0)
                {
                    l.Grow(n);
                }
            }

            l.Extend(ip, iterable);
        }

        /// <summary>Fills list's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            d.SetName(Names.__init__, new PyBuiltin2(t, "__init__", Init, 1));
            d.SetName(Names.append, new PyBuiltin2(t, "append", Append));
            d.SetName(Names.extend, new PyBuiltin2(t, "extend", Extend));
            d.SetName(Names.insert, new PyBuiltin3(t, "insert", Insert));
            d.SetName(Names.pop, new PyBuiltin2(t, "pop", Pop, 1));
            d.SetName(Names.remove, new PyBuiltin2(t, "remove", Remove));
            d.SetName(Names.index, new PyBuiltinN(t, "index", Index));
            d.SetName(Names.count, new PyBuiltin2(t, "count", Count));
            d.SetName(Names.clear, new PyBuiltin1(t, "clear", Clear));
            d.SetName(Names.copy, new PyBuiltin1(t, "copy", Copy));
            d.SetName(Names.sort, new PyBuiltinN(t, "sort", Sort));
            d.SetName(Names.reverse, new PyBuiltin1(t, "reverse", Reverse));
            d.SetName(Names.__hash__, PyNone.Value);
            PySlotWrapper.Add(t, d, Names.__setitem__, PySlotWrapper.KindSetItem);
            PySlotWrapper.Add(t, d, Names.__delitem__, PySlotWrapper.KindDelItem);
            PySlotWrapper.Add(t, d, Names.__reversed__, PySlotWrapper.KindReversed);
            AddSequenceDunders(t, d, true);
        }

        /// <summary>The dunders list and tuple share (in-place forms for the mutable one).</summary>
        public static void AddSequenceDunders(PyType t, PyDict d, bool mutable)
        {
            PySlotWrapper.Add(t, d, Names.__getitem__, PySlotWrapper.KindGetItem);
            PySlotWrapper.Add(t, d, Names.__len__, PySlotWrapper.KindLen);
            PySlotWrapper.Add(t, d, Names.__contains__, PySlotWrapper.KindContains);
            PySlotWrapper.Add(t, d, Names.__iter__, PySlotWrapper.KindIter);
            PySlotWrapper.Add(t, d, Names.__repr__, PySlotWrapper.KindRepr);
            PySlotWrapper.AddBinary(t, d, BinaryOp.Add, mutable);
            PySlotWrapper.AddBinary(t, d, BinaryOp.Multiply, mutable);
            PySlotWrapper.AddReflected(t, d, BinaryOp.Multiply);
            PySlotWrapper.AddCompares(t, d);
        }

        private static PyObject Init(Interpreter ip, PyObject self, PyObject iterable)
        {
            PyList l = (PyList)self;
            l.Items = s_empty;
            l.Count = 0;
            if (iterable != null)
            {
                Fill(ip, l, iterable);
            }

            return PyNone.Value;
        }

        private static PyObject Append(Interpreter ip, PyObject self, PyObject x)
        {
            ((PyList)self).Append(x);
            return PyNone.Value;
        }

        private static PyObject Extend(Interpreter ip, PyObject self, PyObject iterable)
        {
            ((PyList)self).Extend(ip, iterable);
            return PyNone.Value;
        }

        private static PyObject Insert(Interpreter ip, PyObject self, PyObject index, PyObject x)
        {
            PyList l = (PyList)self;
            long i = Ops.Index(ip, index);
            l.Insert(i < -l.Count ? 0 : i > l.Count ? l.Count : (int)i, x);
            return PyNone.Value;
        }

        private static PyObject Pop(Interpreter ip, PyObject self, PyObject index)
        {
            PyList l = (PyList)self;
            if (l.Count == 0)
            {
                throw new PyException(PyExc.IndexError, "pop from empty list");
            }

            long i = index == null ? l.Count - 1 : Ops.Index(ip, index);
            if (i < 0)
            {
                i += l.Count;
            }

            if (i < 0 || i >= l.Count)
            {
                throw new PyException(PyExc.IndexError, "pop index out of range");
            }

            return l.RemoveAt((int)i);
        }

        private static PyObject Remove(Interpreter ip, PyObject self, PyObject x)
        {
            PyList l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
            {
                if (Ops.Equal(ip, l.Items[i], x))
                {
                    // The comparison may have changed the list: remove only if the position still exists.
                    if (i < l.Count)
                    {
                        l.RemoveAt(i);
                    }

                    return PyNone.Value;
                }
            }

            throw new PyException(PyExc.ValueError, "list.remove(x): x not in list");
        }

        private static PyObject Index(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyList l = (PyList)args[offset];
            int i = IndexIn(ip, args, offset, count, kwnames, "index", l.Count, l.Items, l);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, Ops.Repr(ip, args[offset + 1]) + " is not in list");
            }

            return PyInt.Get(i);
        }

        /// <summary>
        /// seq.index(x[, start[, end]]) for a list (live: items re-read each step) or a tuple's array: the position,
        /// or -1 when absent. args[offset] is self.
        /// </summary>
        public static int IndexIn(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames, string name, int length, PyObject[] items, PyList list)
        {
            if (kwnames != null)
            {
                throw new PyException(PyExc.TypeError, name + "() takes no keyword arguments");
            }

            if (count < 2 || count > 4)
            {
                throw new PyException(PyExc.TypeError, count < 2 ? name + " expected at least 1 argument, got 0" : name + " expected at most 3 arguments, got " + (count - 1));
            }

            long start = count > 2 ? ClampIndex(ip, args[offset + 2], length) : 0;
            long end = count > 3 ? ClampIndex(ip, args[offset + 3], length) : length;
            PyObject x = args[offset + 1];
            for (long i = start; i < end; i++)
            {
                if (list != null)
                {
                    if (i >= list.Count)
                    {
                        break;
                    }

                    items = list.Items;
                }

                if (Ops.Equal(ip, items[(int)i], x))
                {
                    return (int)i;
                }
            }

            return -1;
        }

        // A start/end argument of index(): negative counts from the end, then clamped to [0, length].
        private static long ClampIndex(Interpreter ip, PyObject o, int length)
        {
            long v = Ops.SliceIndex(ip, o);
            if (v < 0)
            {
                v += length;
                if (v < 0)
                {
                    v = 0;
                }
            }

            return v > length ? length : v;
        }

        private static PyObject Count(Interpreter ip, PyObject self, PyObject x)
        {
            PyList l = (PyList)self;
            int n = 0;
            for (int i = 0; i < l.Count; i++)
            {
                if (Ops.Equal(ip, l.Items[i], x))
                {
                    n++;
                }
            }

            return PyInt.Get(n);
        }

        private static PyObject Clear(Interpreter ip, PyObject self)
        {
            PyList l = (PyList)self;
            l.Items = s_empty;
            l.Count = 0;
            return PyNone.Value;
        }

        private static PyObject Copy(Interpreter ip, PyObject self)
        {
            PyList l = (PyList)self;
            return PyList.FromArray(l.Items, 0, l.Count);
        }

        private static PyObject Reverse(Interpreter ip, PyObject self)
        {
            PyList l = (PyList)self;
            ListSorter.Reverse(l.Items, null, l.Count);
            return PyNone.Value;
        }

        private static PyObject Sort(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyList l = (PyList)args[offset];
            if (count - (kwnames == null ? 0 : kwnames.Items.Length) > 1)
            {
                throw new PyException(PyExc.TypeError, "sort() takes no positional arguments");
            }

            PyObject key = null;
            bool reverse = false;
            if (kwnames != null)
            {
                PyObject[] kw = new PyObject[2];
                SortSpec.ParseKeywords(ip, args, offset, count, kwnames, kw);
                key = kw[0] is PyNone ? null : kw[0];
                reverse = kw[1] != null && Ops.IsTrue(ip, kw[1]);
            }

            ListSorter.Sort(ip, l, key, reverse);
            return PyNone.Value;
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// collections.OrderedDict: a subclass of dict (whose dicts keep insertion order already) adding move_to_end and
    /// popitem(last=), with MicroPython's repr "OrderedDict({'a': 1})".
    /// </summary>
    internal static class OrderedDictClass
    {
        // Argument specifications are made on first use: static initialisers would take RAM from boot on the device.
        private static ArgSpec s_moveSpec;
        private static ArgSpec s_popSpec;

        /// <summary>Creates the class for one interpreter.</summary>
        internal static PyType Create(Interpreter ip)
        {
            PyDict d = new PyDict();
            d.SetName("move_to_end", new NativeMethod("move_to_end", MoveToEnd));
            d.SetName("popitem", new NativeMethod("popitem", PopItem));
            d.SetName(Names.__repr__, new NativeMethod("__repr__", Repr));
            d.SetName("copy", new NativeMethod("copy", Copy));
            d.SetName(Names.__eq__, new NativeMethod("__eq__", Eq));
            d.SetName(Names.__ne__, new NativeMethod("__ne__", Ne));
            return CollectionsModule.MakeClass(ip, "OrderedDict", PyTypes.Dict, d);
        }

        /// <summary>The dict value of an instance of a dict subclass.</summary>
        internal static PyDict DictOf(PyObject self)
        {
            PyDict d = self.NativeBase as PyDict;
            if (d == null)
            {
                throw new PyException(PyExc.TypeError, "a dict subclass instance is required");
            }

            return d;
        }

        // Two OrderedDicts are equal only with the same items in the same order (as in MicroPython and CPython); with a
        // plain dict the order does not matter. Both sides count as OrderedDicts when their types share this __eq__.
        private static PyObject Eq(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count != 2)
            {
                throw new PyException(PyExc.TypeError, "__eq__() takes exactly one argument");
            }

            PyObject self = args[offset];
            PyObject other = args[offset + 1];
            PyDict a = DictOf(self);
            PyDict b = other.NativeBase as PyDict;
            if (b == null)
            {
                return PyNotImplemented.Value;
            }

            PyObject eq = self.Type.Lookup(Names.__eq__);
            if (!ReferenceEquals(eq, other.Type.Lookup(Names.__eq__)))
            {
                return PyBool.Of(Ops.Equal(ip, a, b));
            }

            if (a.Count != b.Count)
            {
                return PyBool.False;
            }

            int j = 0;
            for (int i = 0; i < a.EntryLimit; i++)
            {
                PyObject k = a.KeyAt(i);
                if (k == null)
                {
                    continue;
                }

                while (j < b.EntryLimit && b.KeyAt(j) == null)
                {
                    j++;
                }

                if (j >= b.EntryLimit || !Ops.Equal(ip, k, b.KeyAt(j)) || !Ops.Equal(ip, a.ValueAt(i), b.ValueAt(j)))
                {
                    return PyBool.False;
                }

                j++;
            }

            return PyBool.True;
        }

        private static PyObject Ne(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject r = Eq(ip, args, offset, count, kwnames);
            return r is PyBool ? PyBool.Of(!ReferenceEquals(r, PyBool.True)) : r;
        }

        // copy() keeps the type (dict.copy would return a plain dict).
        private static PyObject Copy(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            return new PyInstance(self.Type, DictOf(self).Copy());
        }

        private static PyObject MoveToEnd(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            ArgSpec spec = s_moveSpec ?? (s_moveSpec = new ArgSpec("move_to_end", "self, key, last", 2));
            spec.Parse(ip, args, offset, count, kwnames, a);
            PyDict d = DictOf(a[0]);
            PyObject key = a[1];
            PyObject v = d.Remove(ip, key);
            if (v == null)
            {
                throw new PyException(PyExc.KeyError, key);
            }

            if (a[2] == null || Ops.IsTrue(ip, a[2]))
            {
                d.Set(ip, key, v);
                return PyNone.Value;
            }

            // To the front: rebuild the order with the key first.
            int n = d.Count;
            PyObject[] keys = new PyObject[n];
            PyObject[] values = new PyObject[n];
            int k = 0;
            for (int i = 0; i < d.EntryLimit; i++)
            {
                if (d.KeyAt(i) != null)
                {
                    keys[k] = d.KeyAt(i);
                    values[k++] = d.ValueAt(i);
                }
            }

            d.Clear();
            d.Set(ip, key, v);
            for (int i = 0; i < n; i++)
            {
                d.Set(ip, keys[i], values[i]);
            }

            return PyNone.Value;
        }

        private static PyObject PopItem(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            ArgSpec spec = s_popSpec ?? (s_popSpec = new ArgSpec("popitem", "self, last", 1));
            spec.Parse(ip, args, offset, count, kwnames, a);
            PyDict d = DictOf(a[0]);
            int e = -1;
            if (a[1] == null || Ops.IsTrue(ip, a[1]))
            {
                e = d.LastEntry();
            }
            else
            {
                for (int i = 0; i < d.EntryLimit; i++)
                {
                    if (d.KeyAt(i) != null)
                    {
                        e = i;
                        break;
                    }
                }
            }

            if (e < 0)
            {
                throw new PyException(PyExc.KeyError, "dictionary is empty");
            }

            PyTuple r = PyTuple.Of(d.KeyAt(e), d.ValueAt(e));
            d.RemoveAt(e);
            return r;
        }

        private static PyObject Repr(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            return new PyStr(self.Type.Name.Value + "(" + Ops.Repr(ip, DictOf(self)) + ")");
        }
    }
}

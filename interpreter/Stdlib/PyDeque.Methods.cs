using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    public sealed partial class PyDeque
    {
        // Argument specifications are made on first use: static initialisers would take RAM from boot on the device.
        private static ArgSpec s_newSpec;
        private static readonly object s_lock = new object();

        /// <summary>
        /// Creates the types of the collections module (deque, its iterator, the namedtuple field accessor) with their
        /// methods, once per process. On the first import rather than in static initialisers, which nanoFramework runs
        /// when it loads the assembly.
        /// </summary>
        public static void Install()
        {
            lock (s_lock)
            {
                if (DequeType == null)
                {
                    PyDequeIterator.CreateType();
                    NamedTupleField.CreateType();
                    PyType t = new PyType("deque", PyTypes.Object, PyType.FlagBaseType);
                    t.New = New;
                    PyType.AddFiller(Fill);
                    DequeType = t;
                }
            }
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, DequeType))
            {
                return;
            }

            d.SetName("append", new PyBuiltin2(t, "append", AppendMethod));
            d.SetName("appendleft", new PyBuiltin2(t, "appendleft", AppendLeftMethod));
            d.SetName("pop", new PyBuiltin1(t, "pop", PopMethod));
            d.SetName("popleft", new PyBuiltin1(t, "popleft", PopLeftMethod));
            d.SetName("extend", new PyBuiltin2(t, "extend", ExtendMethod));
            d.SetName("extendleft", new PyBuiltin2(t, "extendleft", ExtendLeftMethod));
            d.SetName("clear", new PyBuiltin1(t, "clear", ClearMethod));
            d.SetName("copy", new PyBuiltin1(t, "copy", CopyMethod));
            d.SetName("count", new PyBuiltin2(t, "count", CountMethod));
            d.SetName("index", new PyBuiltin2(t, "index", IndexMethod));
            d.SetName("insert", new PyBuiltin3(t, "insert", InsertMethod));
            d.SetName("remove", new PyBuiltin2(t, "remove", RemoveMethod));
            d.SetName("reverse", new PyBuiltin1(t, "reverse", ReverseMethod));
            d.SetName("rotate", new PyBuiltin2(t, "rotate", RotateMethod, 1));
        }

        private static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            ArgSpec spec = s_newSpec ?? (s_newSpec = new ArgSpec("deque", "iterable, maxlen, flags", 0));
            spec.Parse(ip, args, offset, count, kwnames, a);
            int maxLen = -1;
            if (a[1] != null && !(a[1] is PyNone))
            {
                long m = Ops.Index(ip, a[1]);
                if (m < 0)
                {
                    throw new PyException(PyExc.ValueError, "maxlen must be non-negative");
                }

                maxLen = m > int.MaxValue ? int.MaxValue : (int)m;
            }

            int flags = a[2] == null ? 0 : (int)Ops.Index(ip, a[2]);
            PyDeque dq = new PyDeque(maxLen, flags);
            if (a[0] != null)
            {
                dq.Extend(ip, a[0], true);
            }

            return ReferenceEquals(cls, DequeType) ? (PyObject)dq : new PyInstance(cls, dq);
        }

        private void Extend(Interpreter ip, PyObject iterable, bool right)
        {
            // Extending by itself iterates a snapshot (the deque grows while it is read).
            if (ReferenceEquals(iterable.NativeBase, this))
            {
                iterable = new PyTuple(ToArray());
            }

            PyObject it = Ops.GetIter(ip, iterable);
            PyObject v;
            while ((v = Ops.Next(ip, it)) != null)
            {
                if (right)
                {
                    Append(v);
                }
                else
                {
                    AppendLeft(v);
                }
            }
        }

        private static PyObject AppendMethod(Interpreter ip, PyObject self, PyObject v)
        {
            ((PyDeque)self).Append(v);
            return PyNone.Value;
        }

        private static PyObject AppendLeftMethod(Interpreter ip, PyObject self, PyObject v)
        {
            ((PyDeque)self).AppendLeft(v);
            return PyNone.Value;
        }

        private static PyObject PopMethod(Interpreter ip, PyObject self)
        {
            return ((PyDeque)self).PopRight();
        }

        private static PyObject PopLeftMethod(Interpreter ip, PyObject self)
        {
            return ((PyDeque)self).PopLeft();
        }

        private static PyObject ExtendMethod(Interpreter ip, PyObject self, PyObject iterable)
        {
            ((PyDeque)self).Extend(ip, iterable, true);
            return PyNone.Value;
        }

        private static PyObject ExtendLeftMethod(Interpreter ip, PyObject self, PyObject iterable)
        {
            ((PyDeque)self).Extend(ip, iterable, false);
            return PyNone.Value;
        }

        private static PyObject ClearMethod(Interpreter ip, PyObject self)
        {
            ((PyDeque)self).Clear();
            return PyNone.Value;
        }

        private static PyObject CopyMethod(Interpreter ip, PyObject self)
        {
            PyDeque d = (PyDeque)self;
            PyDeque c = new PyDeque(d._maxLen, d._flags);
            for (int i = 0; i < d._count; i++)
            {
                c.Append(d.At(i));
            }

            return c;
        }

        private static PyObject CountMethod(Interpreter ip, PyObject self, PyObject v)
        {
            PyDeque d = (PyDeque)self;
            int n = 0;
            for (int i = 0; i < d._count; i++)
            {
                if (Ops.Equal(ip, d.At(i), v))
                {
                    n++;
                }
            }

            return PyInt.Get(n);
        }

        private int Find(Interpreter ip, PyObject v)
        {
            for (int i = 0; i < _count; i++)
            {
                if (Ops.Equal(ip, At(i), v))
                {
                    return i;
                }
            }

            return -1;
        }

        private static PyObject IndexMethod(Interpreter ip, PyObject self, PyObject v)
        {
            int i = ((PyDeque)self).Find(ip, v);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, Ops.Repr(ip, v) + " is not in deque");
            }

            return PyInt.Get(i);
        }

        private static PyObject InsertMethod(Interpreter ip, PyObject self, PyObject index, PyObject v)
        {
            PyDeque d = (PyDeque)self;
            if (d._maxLen >= 0 && d._count >= d._maxLen)
            {
                throw new PyException(PyExc.IndexError, "deque already at its maximum size");
            }

            long k = Ops.Index(ip, index);
            if (k < 0)
            {
                k += d._count;
            }

            int at = k < 0 ? 0 : k > d._count ? d._count : (int)k;
            d.Append(v);
            for (int j = d._count - 1; j > at; j--)
            {
                d._items[(d._head + j) % d._items.Length] = d.At(j - 1);
            }

            d._items[(d._head + at) % d._items.Length] = v;
            return PyNone.Value;
        }

        private static PyObject RemoveMethod(Interpreter ip, PyObject self, PyObject v)
        {
            PyDeque d = (PyDeque)self;
            int i = d.Find(ip, v);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, "deque.remove(x): x not in deque");
            }

            d.RemoveAt(i);
            return PyNone.Value;
        }

        private static PyObject ReverseMethod(Interpreter ip, PyObject self)
        {
            PyDeque d = (PyDeque)self;
            PyObject[] a = d.ToArray();
            for (int i = 0; i < a.Length; i++)
            {
                d._items[(d._head + i) % d._items.Length] = a[a.Length - 1 - i];
            }

            return PyNone.Value;
        }

        private static PyObject RotateMethod(Interpreter ip, PyObject self, PyObject n)
        {
            PyDeque d = (PyDeque)self;
            if (d._count <= 1)
            {
                return PyNone.Value;
            }

            long k = n == null ? 1 : Ops.Index(ip, n);
            int steps = (int)(((k % d._count) + d._count) % d._count);
            PyObject[] a = d.ToArray();
            for (int i = 0; i < a.Length; i++)
            {
                d._items[(d._head + (i + steps) % a.Length) % d._items.Length] = a[i];
            }

            return PyNone.Value;
        }
    }
}

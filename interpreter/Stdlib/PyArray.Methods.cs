using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Stdlib
{
    public sealed partial class PyArray
    {
        private static readonly object s_lock = new object();

        /// <summary>
        /// Creates the type (and its iterator's) with the constructor and methods, once per process. On the first import
        /// rather than in static initialisers, which nanoFramework runs when it loads the assembly.
        /// </summary>
        public static void Install()
        {
            lock (s_lock)
            {
                if (ArrayType == null)
                {
                    PyArrayIterator.CreateType();
                    PyType t = new PyType("array", PyTypes.Object, PyType.FlagBaseType);
                    t.New = New;
                    PyType.AddFiller(Fill);
                    ArrayType = t;
                }
            }
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, ArrayType))
            {
                return;
            }

            d.SetName("append", new PyBuiltin2(t, "append", AppendMethod));
            d.SetName("extend", new PyBuiltin2(t, "extend", ExtendMethod));
            d.SetName("frombytes", new PyBuiltin2(t, "frombytes", FromBytesMethod));
            d.SetName("tobytes", new PyBuiltin1(t, "tobytes", ToBytesMethod));
            d.SetName("tolist", new PyBuiltin1(t, "tolist", ToListMethod));
            d.SetName("pop", new PyBuiltin2(t, "pop", PopMethod, 1));
            d.SetName("insert", new PyBuiltin3(t, "insert", InsertMethod));
            d.SetName("remove", new PyBuiltin2(t, "remove", RemoveMethod));
            d.SetName("index", new PyBuiltin2(t, "index", IndexMethod));
            d.SetName("count", new PyBuiltin2(t, "count", CountMethod));
            d.SetName("reverse", new PyBuiltin1(t, "reverse", ReverseMethod));
        }

        // array(typecode[, initializer]): a buffer is taken as raw items, anything else as an iterable of values.
        private static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw new PyException(PyExc.TypeError, "array.array() takes no keyword arguments");
            }

            if (count < 1 || count > 2)
            {
                throw new PyException(PyExc.TypeError, "array() takes at most 2 arguments (" + count + " given)");
            }

            string tc = Ops.ExpectStr(args[offset], "array() argument 1");
            int size = tc.Length == 1 ? SizeOf(tc[0], ip.Platform == "linux") : 0;
            if (size == 0)
            {
                throw new PyException(PyExc.ValueError, "bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)");
            }

            PyArray a = new PyArray(tc[0], size, 0);
            if (count == 2)
            {
                PyObject init = args[offset + 1];
                if (init.NativeBase is PyStr)
                {
                    throw new PyException(PyExc.TypeError, "cannot use a str to initialize an array with typecode '" + tc + "'");
                }

                byte[] data;
                int off, n;
                if (!(init.NativeBase is PyArray) && BufferProtocol.Get(init, out data, out off, out n))
                {
                    a.AppendBytes(data, off, n);
                }
                else if (init.NativeBase is PyArray)
                {
                    // Another array gives its values, whatever its typecode (extend() would want the same one).
                    PyObject it = Ops.GetIter(ip, init);
                    PyObject v;
                    while ((v = Ops.Next(ip, it)) != null)
                    {
                        a.Append(ip, v);
                    }
                }
                else
                {
                    a.Extend(ip, init);
                }
            }

            return ReferenceEquals(cls, ArrayType) ? (PyObject)a : new PyInstance(cls, a);
        }

        private static PyObject AppendMethod(Interpreter ip, PyObject self, PyObject v)
        {
            ((PyArray)self).Append(ip, v);
            return PyNone.Value;
        }

        private static PyObject ExtendMethod(Interpreter ip, PyObject self, PyObject iterable)
        {
            PyArray a = (PyArray)self;
            a.Extend(ip, ReferenceEquals(iterable.NativeBase, a) ? a.Slice(0, 1, a._count) : iterable);
            return PyNone.Value;
        }

        private static PyObject FromBytesMethod(Interpreter ip, PyObject self, PyObject b)
        {
            int off, n;
            byte[] data = BufferProtocol.Require(b, out off, out n);
            if (ReferenceEquals(b.NativeBase, self))
            {
                data = BufferProtocol.ToArray(b);
                off = 0;
            }

            ((PyArray)self).AppendBytes(data, off, n);
            return PyNone.Value;
        }

        private static PyObject ToBytesMethod(Interpreter ip, PyObject self)
        {
            PyArray a = (PyArray)self;
            byte[] r = new byte[a._count * a._size];
            System.Array.Copy(a._data, r, r.Length);
            return new PyBytes(r);
        }

        private static PyObject ToListMethod(Interpreter ip, PyObject self)
        {
            PyArray a = (PyArray)self;
            PyList l = new PyList(a._count);
            for (int i = 0; i < a._count; i++)
            {
                l.Append(a.Get(ip, i));
            }

            return l;
        }

        private static PyObject PopMethod(Interpreter ip, PyObject self, PyObject index)
        {
            PyArray a = (PyArray)self;
            if (a._count == 0)
            {
                throw new PyException(PyExc.IndexError, "pop from empty array");
            }

            int i = index == null ? a._count - 1 : a.CheckIndex(ip, index);
            PyObject v = a.Get(ip, i);
            a.RemoveRange(i, 1);
            return v;
        }

        private static PyObject InsertMethod(Interpreter ip, PyObject self, PyObject index, PyObject v)
        {
            PyArray a = (PyArray)self;
            long k = Ops.Index(ip, index);
            if (k < 0)
            {
                k += a._count;
            }

            int at = k < 0 ? 0 : k > a._count ? a._count : (int)k;

            // Convert first, so a bad value leaves the array unchanged.
            PyArray one = new PyArray(a._code, a._size, 1);
            one.Append(ip, v);
            a.InsertGap(at, 1);
            System.Array.Copy(one._data, 0, a._data, at * a._size, a._size);
            return PyNone.Value;
        }

        private static PyObject RemoveMethod(Interpreter ip, PyObject self, PyObject v)
        {
            PyArray a = (PyArray)self;
            int i = a.IndexOf(ip, v);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, "array.remove(x): x not in array");
            }

            a.RemoveRange(i, 1);
            return PyNone.Value;
        }

        private static PyObject IndexMethod(Interpreter ip, PyObject self, PyObject v)
        {
            int i = ((PyArray)self).IndexOf(ip, v);
            if (i < 0)
            {
                throw new PyException(PyExc.ValueError, "array.index(x): x not in array");
            }

            return PyInt.Get(i);
        }

        private static PyObject CountMethod(Interpreter ip, PyObject self, PyObject v)
        {
            PyArray a = (PyArray)self;
            int n = 0;
            for (int i = 0; i < a._count; i++)
            {
                if (Ops.Equal(ip, a.Get(ip, i), v))
                {
                    n++;
                }
            }

            return PyInt.Get(n);
        }

        private static PyObject ReverseMethod(Interpreter ip, PyObject self)
        {
            PyArray a = (PyArray)self;
            byte[] tmp = new byte[a._size];
            for (int i = 0, j = a._count - 1; i < j; i++, j--)
            {
                System.Array.Copy(a._data, i * a._size, tmp, 0, a._size);
                System.Array.Copy(a._data, j * a._size, a._data, i * a._size, a._size);
                System.Array.Copy(tmp, 0, a._data, j * a._size, a._size);
            }

            return PyNone.Value;
        }
    }
}

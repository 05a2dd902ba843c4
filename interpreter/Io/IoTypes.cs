using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Io
{
    /// <summary>
    /// The io module's types: IOBase (the base Python stream classes subclass, as mpremote's mount does), FileIO and
    /// TextIOWrapper (open files), BytesIO and StringIO. All are subclasses of IOBase.
    /// </summary>
    public static class IoTypes
    {
        // Created on first use (nanoFramework runs static initialisers when it loads the assembly).
        private static readonly PyType[] s_types = new PyType[5];

        /// <summary>io.IOBase.</summary>
        public static PyType IOBase
        {
            get { return s_types[0] ?? Create(0); }
        }

        /// <summary>io.FileIO: binary files.</summary>
        public static PyType FileIO
        {
            get { return s_types[1] ?? Create(1); }
        }

        /// <summary>io.TextIOWrapper: text files.</summary>
        public static PyType TextIOWrapper
        {
            get { return s_types[2] ?? Create(2); }
        }

        /// <summary>io.BytesIO.</summary>
        public static PyType BytesIO
        {
            get { return s_types[3] ?? Create(3); }
        }

        /// <summary>io.StringIO.</summary>
        public static PyType StringIO
        {
            get { return s_types[4] ?? Create(4); }
        }

        private static readonly object s_lock = new object();
        private static bool s_installed;

        /// <summary>Whether t is one of these types (without creating any).</summary>
        internal static bool Is(PyType t, int index)
        {
            return ReferenceEquals(t, s_types[index]);
        }

        private static PyType Create(int i)
        {
            PyType t;
            switch (i)
            {
                case 0:
                    t = new PyType("IOBase", PyTypes.Object, PyType.FlagBaseType);
                    break;
                case 1:
                    t = new PyType("FileIO", IOBase, 0);
                    break;
                case 2:
                    t = new PyType("TextIOWrapper", IOBase, 0);
                    break;
                case 3:
                    t = new PyType("BytesIO", IOBase, PyType.FlagBaseType);
                    t.New = NewBytesIO;
                    break;
                case 4:
                    t = new PyType("StringIO", IOBase, PyType.FlagBaseType);
                    t.New = NewStringIO;
                    break;
                default:
                    return null;
            }

            return LazyTypes.Publish(s_types, i, t);
        }

        /// <summary>Installs the constructors and method fillers (once per process).</summary>
        public static void Install()
        {
            lock (s_lock)
            {
                if (s_installed)
                {
                    return;
                }

                s_installed = true;
                PyType.AddFiller(StreamMethods.Fill);
            }
        }

        private static PyObject NewBytesIO(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return NewMemory(ip, cls, BytesIO, args, offset, count, kwnames);
        }

        private static PyObject NewStringIO(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return NewMemory(ip, cls, StringIO, args, offset, count, kwnames);
        }

        // StringIO(initial='') / BytesIO(initial=b''); MicroPython also takes an int: the buffer size to reserve.
        private static PyObject NewMemory(Interpreter ip, PyType cls, PyType exact, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            bool text = ReferenceEquals(exact, StringIO);
            int npos = count - (kwnames == null ? 0 : kwnames.Items.Length);
            if (npos > 1 || (kwnames != null && npos + kwnames.Items.Length > 1))
            {
                throw new PyException(PyExc.TypeError, "function takes at most 1 argument");
            }

            PyObject init = count > 0 ? args[offset] : null;
            byte[] data;
            int n;
            if (init == null || init is PyNone)
            {
                data = new byte[16];
                n = 0;
            }
            else if (init is PyInt)
            {
                data = new byte[Ops.CheckedSize(((PyInt)init).Value)];
                n = 0;
            }
            else if (text)
            {
                data = StrUtil.EncodeUtf8(Ops.ExpectStr(init, "initial_value"));
                n = data.Length;
            }
            else
            {
                data = BufferProtocol.ToArray(init);
                if (data == null)
                {
                    throw new PyException(PyExc.TypeError, "a bytes-like object is required, not '" + init.Type.Name.Value + "'");
                }

                n = data.Length;
            }

            PyBytesStream s = new PyBytesStream(text, data, n);
            if (ReferenceEquals(cls, exact) || !cls.IsUserClass)
            {
                return s;
            }

            return new PyInstance(cls, s);
        }
    }
}

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
        /// <summary>io.IOBase.</summary>
        public static readonly PyType IOBase = new PyType("IOBase", PyTypes.Object, PyType.FlagBaseType);

        /// <summary>io.FileIO: binary files.</summary>
        public static readonly PyType FileIO = new PyType("FileIO", IOBase, 0);

        /// <summary>io.TextIOWrapper: text files.</summary>
        public static readonly PyType TextIOWrapper = new PyType("TextIOWrapper", IOBase, 0);

        /// <summary>io.BytesIO.</summary>
        public static readonly PyType BytesIO = new PyType("BytesIO", IOBase, PyType.FlagBaseType);

        /// <summary>io.StringIO.</summary>
        public static readonly PyType StringIO = new PyType("StringIO", IOBase, PyType.FlagBaseType);

        private static readonly object s_lock = new object();
        private static bool s_installed;

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
                BytesIO.New = NewBytesIO;
                StringIO.New = NewStringIO;
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

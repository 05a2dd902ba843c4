using NanoPython.Runtime;

namespace NanoPython.Io
{
    /// <summary>The io module and the open() builtin, which belong to one VFS.</summary>
    public sealed partial class Vfs
    {
        private static ArgSpec s_openSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec OpenSpec
        {
            get { return s_openSpec ?? (s_openSpec = new ArgSpec("open", "file, mode, buffering, encoding, errors, newline", 1)); }
        }

        private PyObject _open;

        /// <summary>The open() builtin of this VFS (also io.open).</summary>
        public PyObject OpenFunction
        {
            get
            {
                if (_open == null)
                {
                    _open = new PyBuiltinN("open", OpenBuiltin);
                }

                return _open;
            }
        }

        /// <summary>Fills the io module (registered by IoSetup; the filler's target is how <see cref="Of"/> finds the VFS).</summary>
        public void FillIo(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("open", OpenFunction);
            d.SetName("IOBase", IoTypes.IOBase);
            d.SetName("FileIO", IoTypes.FileIO);
            d.SetName("TextIOWrapper", IoTypes.TextIOWrapper);
            d.SetName("BytesIO", IoTypes.BytesIO);
            d.SetName("StringIO", IoTypes.StringIO);
        }

        // open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None): buffering, errors and newline are
        // accepted and ignored (MicroPython neither buffers nor translates newlines); the encoding must be UTF-8.
        private PyObject OpenBuiltin(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[6];
            OpenSpec.Parse(ip, args, offset, count, kwnames, a);
            string mode = a[1] == null ? "r" : Ops.ExpectStr(a[1], "open() argument 'mode'");
            if (a[3] != null && !(a[3] is PyNone))
            {
                string enc = Ops.ExpectStr(a[3], "open() argument 'encoding'").ToLower();
                if (enc != "utf-8" && enc != "utf8")
                {
                    throw new PyException(PyExc.LookupError, "unknown encoding: " + enc);
                }
            }

            return Open(PathOf(a[0]), mode);
        }
    }
}

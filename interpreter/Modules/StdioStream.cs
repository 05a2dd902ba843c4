using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>
    /// sys.stdin, sys.stdout and sys.stderr (text) and their .buffer (binary) objects over the interpreter's console
    /// streams. Text writes are UTF-8; on a board the console layer turns "\n" into "\r\n", buffers are untranslated.
    /// MicroPython's two-argument forms are supported: buffer.write(buf, n) and buffer.readinto(buf, n).
    /// </summary>
    public sealed class StdioStream : PyObject
    {
        /// <summary>Type of the text streams.</summary>
        public static readonly PyType TextType = new PyType("TextIOWrapper", PyTypes.Object, 0);

        /// <summary>Type of the binary buffers.</summary>
        public static readonly PyType BinaryType = new PyType("FileIO", PyTypes.Object, 0);

        private readonly OutputStream _out;
        private readonly InputStream _in;
        private readonly bool _binary;
        private readonly int _fd;
        private StdioStream _buffer;

        /// <summary>A stream over out (writable) or in (readable); fd is the descriptor number shown by repr.</summary>
        public StdioStream(OutputStream output, InputStream input, bool binary, int fd)
        {
            _out = output;
            _in = input;
            _binary = binary;
            _fd = fd;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _binary ? BinaryType : TextType; }
        }

        /// <summary>The output stream, or null for stdin.</summary>
        public OutputStream Output
        {
            get { return _out; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<io." + Type.Name.Value + " " + _fd + ">";
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            if (!_binary && name.Value == "buffer")
            {
                if (_buffer == null)
                {
                    _buffer = new StdioStream(_out, _in, true, _fd);
                }

                return _buffer;
            }

            return base.GetAttr(ip, name);
        }

        /// <summary>Registers the stream methods (once per process).</summary>
        internal static void Fill(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, TextType) || ReferenceEquals(t, BinaryType))
            {
                d.SetName("write", new PyBuiltin3(t, "write", Write, 2));
                d.SetName("flush", new PyBuiltin1(t, "flush", Flush));
                d.SetName("read", new PyBuiltin2(t, "read", Read, 1));
                d.SetName("readline", new PyBuiltin1(t, "readline", ReadLine));
                d.SetName("readinto", new PyBuiltin3(t, "readinto", ReadInto, 2));
                d.SetName("close", new PyBuiltin1(t, "close", Flush));
            }
        }

        private static PyObject Write(Interpreter ip, PyObject self, PyObject data, PyObject n)
        {
            StdioStream s = (StdioStream)self;
            if (s._out == null)
            {
                throw new PyException(PyExc.OSError, PyInt.Get(Errno.EBADF));
            }

            if (!s._binary)
            {
                string text = Ops.ExpectStr(data, "write() argument");
                s._out.Write(text);
                return PyInt.Get(text.Length);
            }

            int count;
            int offset;
            byte[] buf = BufferOf(ip, data, out offset, out count);

            if (n != null)
            {
                long k = Ops.Index(ip, n);
                if (k < count)
                {
                    count = k < 0 ? 0 : (int)k;
                }
            }

            // The buffer is binary: no "\r\n" translation (MicroPython's sys.stdout.buffer is raw).
            s._out.WriteRaw(buf, offset, count);
            return PyInt.Get(count);
        }

        // The bytes of a bytes-like object; other buffers (memoryview, array) through bytes(o).
        private static byte[] BufferOf(Interpreter ip, PyObject o, out int offset, out int count)
        {
            offset = 0;
            byte[] b = PyBytes.BufferOf(o, out count);
            if (b != null)
            {
                return b;
            }

            PyObject bytesType = ip.Builtins.LookupName(Intern.Get("bytes"));
            if (bytesType != null && !(o is PyStr) && !(o is PyInt))
            {
                b = PyBytes.BufferOf(Ops.Call1(ip, bytesType, o), out count);
                if (b != null)
                {
                    return b;
                }
            }

            throw new PyException(PyExc.TypeError, "object with buffer protocol required");
        }

        private static PyObject Flush(Interpreter ip, PyObject self)
        {
            StdioStream s = (StdioStream)self;
            if (s._out != null)
            {
                s._out.Flush();
            }

            return PyNone.Value;
        }

        private static InputStream Input(StdioStream s)
        {
            if (s._in == null)
            {
                throw new PyException(PyExc.OSError, PyInt.Get(Errno.EBADF));
            }

            return s._in;
        }

        private static PyObject Read(Interpreter ip, PyObject self, PyObject n)
        {
            StdioStream s = (StdioStream)self;
            InputStream input = Input(s);
            long want = n == null || n is PyNone ? -1 : Ops.Index(ip, n);
            PyByteArray acc = new PyByteArray(new byte[want > 0 && want < 4096 ? want : 64], 0);
            byte[] one = new byte[1];
            while (want < 0 || acc.Count < want)
            {
                int b = input.ReadByte();
                if (b < 0)
                {
                    break;
                }

                if (b == '\r' && !s._binary)
                {
                    // The console sends CR for Enter: text stdin reads it as a newline (MicroPython's stdio_read).
                    b = '\n';
                }

                one[0] = (byte)b;
                acc.Append(one, 0, 1);
            }

            return s._binary ? (PyObject)new PyBytes(acc.ToArray()) : Decode(acc);
        }

        private static PyObject Decode(PyByteArray acc)
        {
            int err;
            return new PyStr(StrUtil.DecodeUtf8(acc.Data, 0, acc.Count, false, out err));
        }

        private static PyObject ReadLine(Interpreter ip, PyObject self)
        {
            StdioStream s = (StdioStream)self;
            InputStream input = Input(s);
            PyByteArray acc = new PyByteArray(new byte[64], 0);
            byte[] one = new byte[1];
            while (true)
            {
                int b = input.ReadByte();
                if (b < 0)
                {
                    break;
                }

                if (b == '\r' && !s._binary)
                {
                    // The console sends CR for Enter: text stdin turns it into a newline (MicroPython's behaviour).
                    b = '\n';
                }

                one[0] = (byte)b;
                acc.Append(one, 0, 1);
                if (b == '\n')
                {
                    break;
                }
            }

            return s._binary ? (PyObject)new PyBytes(acc.ToArray()) : Decode(acc);
        }

        private static PyObject ReadInto(Interpreter ip, PyObject self, PyObject buf, PyObject n)
        {
            StdioStream s = (StdioStream)self;
            InputStream input = Input(s);
            // bytearray directly; any other writable buffer (memoryview) item by item.
            PyByteArray ba = buf as PyByteArray;
            int want = ba != null ? ba.Count : Ops.Len(ip, buf);
            if (n != null && !(n is PyNone) && Ops.Index(ip, n) < want)
            {
                want = (int)Ops.Index(ip, n);
            }

            int got = 0;
            while (got < want)
            {
                int b = input.ReadByte();
                if (b < 0)
                {
                    break;
                }

                if (ba != null)
                {
                    ba.Data[got] = (byte)b;
                }
                else if (!buf.SetItem(ip, PyInt.Get(got), PyInt.Get(b)))
                {
                    throw new PyException(PyExc.TypeError, "object with buffer protocol required");
                }

                got++;
            }

            return PyInt.Get(got);
        }
    }
}

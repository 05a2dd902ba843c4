using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Deflate
{
    /// <summary>
    /// deflate.DeflateIO(stream, format=AUTO, wbits=0, close=False): a stream that decompresses what it reads from
    /// stream, or compresses what is written to it into stream (MicroPython's deflate module). Reading and writing
    /// cannot be mixed on one object. close() finishes the compressed data and closes stream when close was true.
    /// </summary>
    public sealed class PyDeflateIO : PyObject
    {
        // Created on the first import (static initialisers would run when nanoFramework loads the assembly).
        private static PyType s_type;
        private static ArgSpec s_newSpec;
        private static readonly object s_lock = new object();

        private readonly PyObject _stream;
        private readonly int _format;
        private readonly int _wbits;
        private readonly bool _closeStream;
        private Inflater _inflater;
        private Deflater _deflater;
        private bool _closed;

        private PyDeflateIO(PyObject stream, int format, int wbits, bool closeStream)
        {
            _stream = stream;
            _format = format;
            _wbits = wbits;
            _closeStream = closeStream;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return s_type; }
        }

        /// <summary>The DeflateIO type, created with its constructor and methods on the first call (once per process).</summary>
        internal static PyType Install()
        {
            lock (s_lock)
            {
                if (s_type == null)
                {
                    s_newSpec = new ArgSpec("DeflateIO", "stream, format, wbits, close", 1);
                    PyType t = new PyType("DeflateIO", PyTypes.Object, 0);
                    t.New = New;
                    PyType.AddFiller(Fill);
                    s_type = t;
                }

                return s_type;
            }
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, s_type))
            {
                return;
            }

            d.SetName("read", new PyBuiltin2(t, "read", ReadMethod, 1));
            d.SetName("readinto", new PyBuiltin3(t, "readinto", ReadIntoMethod, 2));
            d.SetName("readline", new PyBuiltin2(t, "readline", ReadLineMethod, 1));
            d.SetName("write", new PyBuiltin2(t, "write", WriteMethod));
            d.SetName("close", new PyBuiltin1(t, "close", CloseMethod));
            d.SetName(Names.__enter__, new PyBuiltin1(t, "__enter__", EnterMethod));
            d.SetName(Names.__exit__, new PyBuiltinN(t, "__exit__", ExitMethod));
        }

        private static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[4];
            s_newSpec.Parse(ip, args, offset, count, kwnames, a);
            long format = a[1] == null ? Inflater.FormatAuto : Ops.Index(ip, a[1]);
            long wbits = a[2] == null ? 0 : Ops.Index(ip, a[2]);
            if (format < Inflater.FormatAuto || format > Inflater.FormatGzip)
            {
                throw DeflateErrors.BadArgument("format");
            }

            if (wbits != 0 && (wbits < 5 || wbits > 15))
            {
                throw DeflateErrors.BadArgument("wbits");
            }

            bool close = a[3] != null && Ops.IsTrue(ip, a[3]);
            return new PyDeflateIO(a[0], (int)format, (int)wbits, close);
        }

        private static PyDeflateIO Self(PyObject self)
        {
            PyDeflateIO d = (PyDeflateIO)self.NativeBase;
            if (d._closed)
            {
                throw DeflateErrors.Closed();
            }

            return d;
        }

        private Inflater Reader()
        {
            if (_deflater != null)
            {
                throw DeflateErrors.Mode();
            }

            if (_inflater == null)
            {
                _inflater = new Inflater(_stream, _format, _wbits);
            }

            return _inflater;
        }

        private static PyObject ReadMethod(Interpreter ip, PyObject self, PyObject size)
        {
            Inflater inf = Self(self).Reader();
            long n = size == null || size is PyNone ? -1 : Ops.Index(ip, size);
            byte[] buf = new byte[n < 0 ? 256 : n];
            int len = 0;
            while (len < buf.Length)
            {
                int got = inf.Read(ip, buf, len, buf.Length - len);
                len += got;
                if (got == 0)
                {
                    break;
                }

                if (n < 0 && len == buf.Length)
                {
                    byte[] bigger = new byte[buf.Length * 2];
                    System.Array.Copy(buf, bigger, len);
                    buf = bigger;
                }
            }

            byte[] r = new byte[len];
            System.Array.Copy(buf, r, len);
            return new PyBytes(r);
        }

        private static PyObject ReadIntoMethod(Interpreter ip, PyObject self, PyObject target, PyObject size)
        {
            Inflater inf = Self(self).Reader();
            byte[] data;
            int off;
            int count;
            if (!BufferProtocol.GetWritable(target, out data, out off, out count))
            {
                throw DeflateErrors.NotWritable();
            }

            if (size != null)
            {
                long n = Ops.Index(ip, size);
                if (n >= 0 && n < count)
                {
                    count = (int)n;
                }
            }

            int len = 0;
            while (len < count)
            {
                int got = inf.Read(ip, data, off + len, count - len);
                if (got == 0)
                {
                    break;
                }

                len += got;
            }

            return PyInt.Get(len);
        }

        private static PyObject ReadLineMethod(Interpreter ip, PyObject self, PyObject limit)
        {
            Inflater inf = Self(self).Reader();
            long max = limit == null || limit is PyNone ? -1 : Ops.Index(ip, limit);
            PyByteArray acc = new PyByteArray(new byte[64], 0);
            byte[] one = new byte[1];
            while ((max < 0 || acc.Count < max) && inf.Read(ip, one, 0, 1) == 1)
            {
                acc.EnsureCapacity(acc.Count + 1);
                acc.Data[acc.Count] = one[0];
                acc.Count++;
                if (one[0] == (byte)'\n')
                {
                    break;
                }
            }

            return new PyBytes(acc.ToArray());
        }

        private static PyObject WriteMethod(Interpreter ip, PyObject self, PyObject data)
        {
            PyDeflateIO d = Self(self);
            if (d._inflater != null)
            {
                throw DeflateErrors.Mode();
            }

            if (d._deflater == null)
            {
                // AUTO compresses to zlib; wbits 0 means a 256-byte window (MicroPython's defaults).
                int format = d._format == Inflater.FormatAuto ? Inflater.FormatZlib : d._format;
                d._deflater = new Deflater(d._stream, format, d._wbits == 0 ? 8 : d._wbits);
            }

            int off;
            int count;
            byte[] buf = BufferProtocol.Require(data, out off, out count);
            d._deflater.Write(ip, buf, off, count);
            return PyInt.Get(count);
        }

        private static PyObject CloseMethod(Interpreter ip, PyObject self)
        {
            PyDeflateIO d = (PyDeflateIO)self.NativeBase;
            if (d._closed)
            {
                return PyNone.Value;
            }

            d._closed = true;
            if (d._deflater != null)
            {
                d._deflater.Finish(ip);
            }

            if (d._closeStream)
            {
                Ops.Call0(ip, Ops.GetAttr(ip, d._stream, Intern.Get("close")));
            }

            return PyNone.Value;
        }

        private static PyObject EnterMethod(Interpreter ip, PyObject self)
        {
            return self;
        }

        private static PyObject ExitMethod(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            return CloseMethod(ip, args[offset]);
        }
    }
}

using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Modules
{
    /// <summary>
    /// A hashlib hash object (hashlib.sha256, sha1, md5 are its types): update, digest, hexdigest, copy, and the
    /// attributes name, digest_size, block_size. digest() does not finalise the object (CPython's behaviour, which
    /// also covers MicroPython programs that call digest() once).
    /// </summary>
    public sealed class PyHash : PyObject
    {
        private static readonly object s_lock = new object();
        private static bool s_installed;

        // sha256, sha1, md5: created on first use (nanoFramework runs static initialisers when it loads the assembly).
        private static readonly PyType[] s_types = new PyType[3];

        private readonly PyType _type;
        private readonly HashEngine _engine;

        /// <summary>hashlib.sha256.</summary>
        public static PyType Sha256Type
        {
            get { return s_types[0] ?? Create(0); }
        }

        /// <summary>hashlib.sha1.</summary>
        public static PyType Sha1Type
        {
            get { return s_types[1] ?? Create(1); }
        }

        /// <summary>hashlib.md5.</summary>
        public static PyType Md5Type
        {
            get { return s_types[2] ?? Create(2); }
        }

        /// <summary>A hash object of type over engine.</summary>
        public PyHash(PyType type, HashEngine engine)
        {
            _type = type;
            _engine = engine;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return _type; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<" + _type.Name.Value + " object at 0x" + Ops.IdHex(this) + ">";
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (name.Value)
            {
                case "name":
                    return new PyStr(_engine.Name);
                case "digest_size":
                    return PyInt.Get(_engine.DigestSize);
                case "block_size":
                    return PyInt.Get(HashEngine.BlockSize);
            }

            return base.GetAttr(ip, name);
        }

        /// <summary>Installs the constructors and methods (once per process).</summary>
        public static void Install()
        {
            lock (s_lock)
            {
                if (s_installed)
                {
                    return;
                }

                s_installed = true;
                PyType.AddFiller(Fill);
            }
        }

        private static PyType Create(int i)
        {
            PyType t = new PyType(i == 0 ? "sha256" : i == 1 ? "sha1" : "md5", PyTypes.Object, 0);
            t.New = New;
            return LazyTypes.Publish(s_types, i, t);
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (!ReferenceEquals(t, s_types[0]) && !ReferenceEquals(t, s_types[1]) && !ReferenceEquals(t, s_types[2]))
            {
                return;
            }

            d.SetName("update", new PyBuiltin2(t, "update", Update));
            d.SetName("digest", new PyBuiltin1(t, "digest", Digest));
            d.SetName("hexdigest", new PyBuiltin1(t, "hexdigest", HexDigest));
            d.SetName("copy", new PyBuiltin1(t, "copy", Copy));
        }

        // sha256(data=b''), as CPython's (MicroPython's takes the data positionally only).
        private static PyObject New(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (count > 1)
            {
                throw new PyException(PyExc.TypeError, cls.Name.Value + "() takes at most 1 argument (" + count + " given)");
            }

            HashEngine e = ReferenceEquals(cls, Sha1Type) ? new Sha1Engine() : ReferenceEquals(cls, Md5Type) ? (HashEngine)new Md5Engine() : new Sha256Engine();
            PyHash h = new PyHash(cls, e);
            if (count == 1)
            {
                Feed(h, args[offset]);
            }

            return h;
        }

        private static void Feed(PyHash h, PyObject data)
        {
            int off;
            int n;
            byte[] b = BufferProtocol.Require(data, out off, out n);
            h._engine.Update(b, off, n);
        }

        private static PyObject Update(Interpreter ip, PyObject self, PyObject data)
        {
            Feed((PyHash)self, data);
            return PyNone.Value;
        }

        private static PyObject Digest(Interpreter ip, PyObject self)
        {
            return new PyBytes(((PyHash)self)._engine.Digest());
        }

        private static PyObject HexDigest(Interpreter ip, PyObject self)
        {
            byte[] d = ((PyHash)self)._engine.Digest();
            char[] c = new char[d.Length * 2];
            for (int i = 0; i < d.Length; i++)
            {
                c[2 * i] = StrUtil.HexDigit(d[i] >> 4);
                c[2 * i + 1] = StrUtil.HexDigit(d[i] & 15);
            }

            return new PyStr(new string(c));
        }

        private static PyObject Copy(Interpreter ip, PyObject self)
        {
            PyHash h = (PyHash)self;
            return new PyHash(h._type, h._engine.Copy());
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>The methods and attributes of memoryview.</summary>
    internal static class MemoryViewMethods
    {
        private static ArgSpec s_hexSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec HexSpec
        {
            get { return s_hexSpec ?? (s_hexSpec = new ArgSpec("hex", "sep, bytes_per_sep", 0)); }
        }

        /// <summary>Adds the methods of memoryview.</summary>
        internal static void Fill(PyType t, PyDict d)
        {
            TextMethods.Add(d, new PyBuiltin2(t, "tobytes", ToBytes, 1));
            TextMethods.Add(d, new PyBuiltin1(t, "tolist", ToList));
            TextMethods.Add(d, new PyBuiltinN(t, "hex", Hex));
            TextMethods.Add(d, new PyBuiltin1(t, "release", Release));
            TextMethods.Add(d, new PyBuiltin2(t, "cast", Cast));
            TextMethods.Add(d, new PyBuiltin1(t, "toreadonly", ToReadOnly));
            TextMethods.Add(d, new PyBuiltin1(t, "__enter__", Enter));
            TextMethods.Add(d, new PyBuiltinN(t, "__exit__", Exit));
            SlotMethods.FillSequence(t, d);
        }

        /// <summary>The data attributes (readonly, nbytes, format...), or null for other names.</summary>
        internal static PyObject GetProperty(Interpreter ip, PyMemoryView mv, string name)
        {
            switch (name)
            {
                case "obj":
                    mv.Check();
                    return mv.Source;
                case "readonly":
                    mv.Check();
                    return PyBool.Of(mv.IsReadOnly);
                case "nbytes":
                    mv.Check();
                    return PyInt.Get(mv.Count * mv.ItemSize);
                case "format":
                    mv.Check();
                    return PyStr.OfChar(mv.Format);
                case "itemsize":
                    mv.Check();
                    return PyInt.Get(mv.ItemSize);
                case "ndim":
                    mv.Check();
                    return PyInt.One;
                case "shape":
                    mv.Check();
                    return PyTuple.Of(PyInt.Get(mv.Count));
                case "strides":
                    mv.Check();
                    return PyTuple.Of(PyInt.Get(mv.Stride));
                case "suboffsets":
                    mv.Check();
                    return PyTuple.Empty;
                case "contiguous":
                case "c_contiguous":
                case "f_contiguous":
                    mv.Check();
                    return PyBool.Of(mv.IsContiguous);
            }

            return null;
        }

        private static PyObject ToBytes(Interpreter ip, PyObject self, PyObject order)
        {
            return new PyBytes(((PyMemoryView)self).ToArray());
        }

        private static PyObject ToList(Interpreter ip, PyObject self)
        {
            PyMemoryView mv = (PyMemoryView)self;
            mv.Check();
            return mv.ToList(ip);
        }

        private static PyObject Hex(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            HexSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            byte[] data = ((PyMemoryView)args[offset]).ToArray();
            return new PyStr(BytesMethods.ToHex(ip, data, 0, data.Length, a[0], a[1]));
        }

        private static PyObject Release(Interpreter ip, PyObject self)
        {
            ((PyMemoryView)self).Release();
            return PyNone.Value;
        }

        private static PyObject Enter(Interpreter ip, PyObject self)
        {
            ((PyMemoryView)self).Check();
            return self;
        }

        private static PyObject Exit(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            ((PyMemoryView)args[offset]).Release();
            return PyNone.Value;
        }

        private static PyObject ToReadOnly(Interpreter ip, PyObject self)
        {
            PyMemoryView mv = (PyMemoryView)self;
            mv.Check();
            return mv.Derive(mv.Start, mv.Count, mv.Stride, mv.ItemSize, mv.Format, true);
        }

        // cast(format): between a byte format (B, b, c) and any format, over a contiguous view.
        private static PyObject Cast(Interpreter ip, PyObject self, PyObject formatArg)
        {
            PyMemoryView mv = (PyMemoryView)self;
            mv.Check();
            PyStr fs = formatArg.NativeBase as PyStr;
            if (fs == null)
            {
                throw TextErrors.Expected("cast() argument 'format' must be str, not ", formatArg);
            }

            string f = fs.Value;
            if (f.Length == 2 && f[0] == '@')
            {
                f = f.Substring(1);
            }

            int size = f.Length == 1 ? ItemCodec.SizeOf(f[0]) : 0;
            if (size == 0)
            {
                throw TextErrors.Value(TextErrors.CastFormatUnknown);
            }

            if (!mv.IsContiguous)
            {
                throw TextErrors.Type(TextErrors.CastNotContiguous);
            }

            char target = f[0];
            if (!IsByteFormat(mv.Format) && !IsByteFormat(target))
            {
                throw TextErrors.Type(TextErrors.CastNonByteFormats);
            }

            int nbytes = mv.Count * mv.ItemSize;
            if (nbytes % size != 0)
            {
                throw TextErrors.Type(TextErrors.CastLengthNotMultiple);
            }

            return mv.Derive(mv.Start, nbytes / size, size, size, target, mv.IsReadOnly);
        }

        private static bool IsByteFormat(char f)
        {
            return f == 'B' || f == 'b' || f == 'c';
        }
    }
}

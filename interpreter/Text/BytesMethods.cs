using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// The methods only bytes and bytearray have (decode, hex, fromhex, translate, maketrans) and bytearray's mutators.
    /// The hex helpers serve memoryview.hex too.
    /// </summary>
    internal static class BytesMethods
    {
        private static ArgSpec s_decodeSpec;
        private static ArgSpec s_hexSpec;
        private static ArgSpec s_translateSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec DecodeSpec
        {
            get { return s_decodeSpec ?? (s_decodeSpec = new ArgSpec("decode", "encoding, errors", 0)); }
        }

        private static ArgSpec HexSpec
        {
            get { return s_hexSpec ?? (s_hexSpec = new ArgSpec("hex", "sep, bytes_per_sep", 0)); }
        }

        private static ArgSpec TranslateSpec
        {
            get { return s_translateSpec ?? (s_translateSpec = new ArgSpec("translate", "table, /, delete", 1)); }
        }

        /// <summary>Adds the methods of bytes and bytearray.</summary>
        internal static void Fill(PyType t, PyDict d)
        {
            TextMethods.Add(d, new PyBuiltinN(t, "decode", Decode));
            TextMethods.Add(d, new PyBuiltinN(t, "hex", Hex));
            d.SetName("fromhex", new PyClassMethod(new PyBuiltin2("fromhex", FromHex)));
            TextMethods.Add(d, new PyBuiltinN(t, "translate", Translate));
            d.SetName("maketrans", new PyStaticMethod(new PyBuiltin2("maketrans", MakeTrans)));
            if (ReferenceEquals(t, PyTypes.ByteArray))
            {
                TextMethods.Add(d, new PyBuiltin2(t, "append", Append));
                TextMethods.Add(d, new PyBuiltin2(t, "extend", Extend));
                TextMethods.Add(d, new PyBuiltin3(t, "insert", Insert));
                TextMethods.Add(d, new PyBuiltin2(t, "pop", Pop, 1));
                TextMethods.Add(d, new PyBuiltin2(t, "remove", Remove));
                TextMethods.Add(d, new PyBuiltin1(t, "clear", Clear));
                TextMethods.Add(d, new PyBuiltin1(t, "copy", Copy));
                TextMethods.Add(d, new PyBuiltin1(t, "reverse", Reverse));
            }
        }

        private static PyObject Decode(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            DecodeSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            string encoding = Codecs.NameArg(a[0], "decode", "encoding", "utf-8");
            string errors = Codecs.NameArg(a[1], "decode", "errors", "strict");
            int off, n;
            byte[] data = BufferProtocol.Require(args[offset], out off, out n);
            return PyStr.Of(Codecs.Decode(data, off, n, Codecs.Lookup(encoding), errors));
        }

        private static PyObject Hex(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            HexSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            int off, n;
            byte[] data = BufferProtocol.Require(args[offset], out off, out n);
            return new PyStr(ToHex(ip, data, off, n, a[0], a[1]));
        }

        /// <summary>bytes.hex(sep, bytes_per_sep): two lower-case digits a byte, sep between groups counted from the right
        /// (from the left when bytes_per_sep is negative).</summary>
        internal static string ToHex(Interpreter ip, byte[] data, int offset, int count, PyObject sepArg, PyObject perArg)
        {
            char sep = '\0';
            if (sepArg != null)
            {
                int so, sn;
                byte[] sb;
                PyStr ss = sepArg.NativeBase as PyStr;
                int c;
                if (ss != null)
                {
                    if (ss.Value.Length != 1)
                    {
                        throw TextErrors.Value(TextErrors.SepLength1);
                    }

                    c = ss.Value[0];
                }
                else
                {
                    sb = BufferProtocol.Require(sepArg, out so, out sn);
                    if (sn != 1)
                    {
                        throw TextErrors.Value(TextErrors.SepLength1);
                    }

                    c = sb[so];
                }

                if (c >= 0x80)
                {
                    throw TextErrors.Value(TextErrors.SepAscii);
                }

                sep = (char)c;
            }

            int per = perArg == null ? 1 : TextMethods.IntArg(ip, perArg);
            int group = per < 0 ? -per : per;
            bool useSep = sepArg != null && group != 0 && count > group;
            TextBuilder tb = new TextBuilder(count * 3);
            for (int i = 0; i < count; i++)
            {
                if (useSep && i > 0 && (per > 0 ? (count - i) % group == 0 : i % group == 0))
                {
                    tb.Append(sep);
                }

                int b = data[offset + i];
                tb.Append(StrUtil.HexDigit(b >> 4));
                tb.Append(StrUtil.HexDigit(b & 15));
            }

            return tb.ToString();
        }

        // bytes.fromhex(s) / bytearray.fromhex(s): pairs of hex digits, whitespace allowed between pairs.
        private static PyObject FromHex(Interpreter ip, PyObject cls, PyObject s)
        {
            PyStr str = s.NativeBase as PyStr;
            if (str == null)
            {
                throw TextErrors.Expected("fromhex() argument must be str, not ", s);
            }

            char[] c = str.Value.ToCharArray();
            byte[] r = new byte[c.Length / 2];
            int n = 0;
            int i = 0;
            while (i < c.Length)
            {
                if (StrUtil.IsSpace(c[i]) && c[i] < 0x80)
                {
                    i++;
                    continue;
                }

                int hi = HexValue(c[i]);
                int lo = i + 1 < c.Length ? HexValue(c[i + 1]) : -1;
                if (hi < 0 || lo < 0)
                {
                    throw TextErrors.Value("non-hexadecimal number found in fromhex() arg at position " + (hi < 0 ? i : i + 1));
                }

                r[n++] = (byte)(hi * 16 + lo);
                i += 2;
            }

            byte[] exact = new byte[n];
            System.Array.Copy(r, exact, n);
            PyType t = (PyType)cls;
            if (ReferenceEquals(t, PyTypes.Bytes))
            {
                return new PyBytes(exact);
            }

            if (ReferenceEquals(t, PyTypes.ByteArray))
            {
                return new PyByteArray(exact, n);
            }

            // A subclass: build it from the bytes, as CPython does.
            return Ops.Call1(ip, t, new PyBytes(exact));
        }

        private static int HexValue(char c)
        {
            int d = StrUtil.DigitValue(c);
            return d < 16 ? d : -1;
        }

        // bytes.translate(table, delete=b''): table is None or 256 bytes; bytes in delete are dropped.
        private static PyObject Translate(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            TranslateSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            byte[] table = null;
            int to = 0;
            if (!(a[0] is PyNone))
            {
                int tn;
                table = BufferProtocol.Require(a[0], out to, out tn);
                if (tn != 256)
                {
                    throw TextErrors.Value(TextErrors.TranslationTableLength);
                }
            }

            bool[] drop = new bool[256];
            if (a[1] != null)
            {
                int doff, dn;
                byte[] del = BufferProtocol.Require(a[1], out doff, out dn);
                for (int i = 0; i < dn; i++)
                {
                    drop[del[doff + i]] = true;
                }
            }

            int off, n;
            byte[] data = BufferProtocol.Require(args[offset], out off, out n);
            byte[] r = new byte[n];
            int k = 0;
            for (int i = 0; i < n; i++)
            {
                byte b = data[off + i];
                if (!drop[b])
                {
                    r[k++] = table == null ? b : table[to + b];
                }
            }

            byte[] exact = new byte[k];
            System.Array.Copy(r, exact, k);
            return args[offset] is PyByteArray ? new PyByteArray(exact, k) : (PyObject)new PyBytes(exact);
        }

        private static PyObject MakeTrans(Interpreter ip, PyObject from, PyObject to)
        {
            int fo, fn, too, tn;
            byte[] f = BufferProtocol.Require(from, out fo, out fn);
            byte[] t = BufferProtocol.Require(to, out too, out tn);
            if (fn != tn)
            {
                throw TextErrors.Value(TextErrors.BytesMakeTransLengths);
            }

            byte[] r = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                r[i] = (byte)i;
            }

            for (int i = 0; i < fn; i++)
            {
                r[f[fo + i]] = t[too + i];
            }

            return new PyBytes(r);
        }

        // ---- bytearray ----

        private static PyObject Append(Interpreter ip, PyObject self, PyObject x)
        {
            PyByteArray ba = (PyByteArray)self;
            ba.Append(new byte[] { PyByteArray.ByteValue(ip, x) }, 0, 1);
            return PyNone.Value;
        }

        private static PyObject Extend(Interpreter ip, PyObject self, PyObject items)
        {
            PyByteArray ba = (PyByteArray)self;
            byte[] data;
            int offset, count;
            if (BufferProtocol.Get(items, out data, out offset, out count))
            {
                if (ReferenceEquals(data, ba.Data))
                {
                    data = ba.ToArray();
                }

                ba.Append(data, offset, count);
                return PyNone.Value;
            }

            if (items.GetIter(ip) == null && !(items is PyInstance))
            {
                throw TextErrors.Type("can't extend bytearray with " + TextErrors.TypeName(items));
            }

            // Collected first, so that a bad item leaves the bytearray unchanged (as CPython).
            PyByteArray tmp = new PyByteArray(new byte[8], 0);
            PyObject it = Ops.GetIter(ip, items);
            PyObject x;
            byte[] one = new byte[1];
            while ((x = Ops.Next(ip, it)) != null)
            {
                one[0] = PyByteArray.ByteValue(ip, x);
                tmp.Append(one, 0, 1);
            }

            ba.Append(tmp.Data, 0, tmp.Count);
            return PyNone.Value;
        }

        private static PyObject Insert(Interpreter ip, PyObject self, PyObject index, PyObject x)
        {
            PyByteArray ba = (PyByteArray)self;
            long i = Ops.Index(ip, index);
            byte b = PyByteArray.ByteValue(ip, x);
            int n = ba.Count;
            if (i < 0)
            {
                i += n;
                if (i < 0)
                {
                    i = 0;
                }
            }
            else if (i > n)
            {
                i = n;
            }

            ba.EnsureCapacity(n + 1);
            System.Array.Copy(ba.Data, (int)i, ba.Data, (int)i + 1, n - (int)i);
            ba.Data[(int)i] = b;
            ba.Count = n + 1;
            return PyNone.Value;
        }

        private static PyObject Pop(Interpreter ip, PyObject self, PyObject index)
        {
            PyByteArray ba = (PyByteArray)self;
            int n = ba.Count;
            if (n == 0)
            {
                throw new PyException(PyExc.IndexError, TextErrors.PopFromEmpty);
            }

            long i = index == null ? n - 1 : Ops.Index(ip, index);
            if (i < 0)
            {
                i += n;
            }

            if (i < 0 || i >= n)
            {
                throw new PyException(PyExc.IndexError, TextErrors.PopIndexOutOfRange);
            }

            byte b = ba.Data[(int)i];
            System.Array.Copy(ba.Data, (int)i + 1, ba.Data, (int)i, n - (int)i - 1);
            ba.Count = n - 1;
            return PyInt.Get(b);
        }

        private static PyObject Remove(Interpreter ip, PyObject self, PyObject x)
        {
            PyByteArray ba = (PyByteArray)self;
            byte b = PyByteArray.ByteValue(ip, x);
            for (int i = 0; i < ba.Count; i++)
            {
                if (ba.Data[i] == b)
                {
                    System.Array.Copy(ba.Data, i + 1, ba.Data, i, ba.Count - i - 1);
                    ba.Count--;
                    return PyNone.Value;
                }
            }

            throw TextErrors.Value(TextErrors.ValueNotInByteArray);
        }

        private static PyObject Clear(Interpreter ip, PyObject self)
        {
            ((PyByteArray)self).Count = 0;
            return PyNone.Value;
        }

        private static PyObject Copy(Interpreter ip, PyObject self)
        {
            byte[] a = ((PyByteArray)self).ToArray();
            return new PyByteArray(a, a.Length);
        }

        private static PyObject Reverse(Interpreter ip, PyObject self)
        {
            PyByteArray ba = (PyByteArray)self;
            byte[] d = ba.Data;
            for (int i = 0, j = ba.Count - 1; i < j; i++, j--)
            {
                byte t = d[i];
                d[i] = d[j];
                d[j] = t;
            }

            return PyNone.Value;
        }
    }
}

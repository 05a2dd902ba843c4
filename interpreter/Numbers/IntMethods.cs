using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>The methods and constructors of int and bool.</summary>
    public static class IntMethods
    {
        // Every binary operator but @.
        private const int IntOperators = 0xFFF;

        private static ArgSpec s_newSpec;
        private static ArgSpec s_toBytesSpec;
        private static ArgSpec s_fromBytesSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec NewSpec
        {
            get { return s_newSpec ?? (s_newSpec = new ArgSpec("int", "x, /, base", 0)); }
        }

        private static ArgSpec ToBytesSpec
        {
            get { return s_toBytesSpec ?? (s_toBytesSpec = new ArgSpec("to_bytes", "length, byteorder, *, signed", 0)); }
        }

        private static ArgSpec FromBytesSpec
        {
            get { return s_fromBytesSpec ?? (s_fromBytesSpec = new ArgSpec("from_bytes", "bytes, byteorder, *, signed", 1)); }
        }

        /// <summary>Fills int's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            NumberDunders.Add(t, d, IntOperators);
            d.SetName(Names.__invert__, new PyBuiltin1(t, "__invert__", Invert));
            d.SetName(Names.__pow__, new PyBuiltin3(t, "__pow__", PowDunder, 2));
            d.SetName(Names.__rpow__, new PyBuiltin3(t, "__rpow__", RPowDunder, 2));
            d.SetName(Names.__divmod__, new PyBuiltin2(t, "__divmod__", DivmodDunder));
            d.SetName(Names.__rdivmod__, new PyBuiltin2(t, "__rdivmod__", RDivmodDunder));
            d.SetName(Names.__index__, new PyBuiltin1(t, "__index__", NumberDunders.Conjugate));
            d.SetName(Names.__int__, new PyBuiltin1(t, "__int__", NumberDunders.Conjugate));
            d.SetName("__trunc__", new PyBuiltin1(t, "__trunc__", NumberDunders.Conjugate));
            d.SetName("__floor__", new PyBuiltin1(t, "__floor__", NumberDunders.Conjugate));
            d.SetName("__ceil__", new PyBuiltin1(t, "__ceil__", NumberDunders.Conjugate));
            d.SetName(Names.__float__, new PyBuiltin1(t, "__float__", ToFloat));
            d.SetName(Names.__round__, new PyBuiltin2(t, "__round__", RoundDunder, 1));
            d.SetName("bit_length", new PyBuiltin1(t, "bit_length", BitLength));
            d.SetName("bit_count", new PyBuiltin1(t, "bit_count", BitCount));
            d.SetName("as_integer_ratio", new PyBuiltin1(t, "as_integer_ratio", AsIntegerRatio));
            d.SetName("to_bytes", new PyBuiltinN(t, "to_bytes", ToBytes));
            d.SetName("from_bytes", new PyClassMethod(new PyBuiltinN("from_bytes", FromBytes)));
            d.SetName(Names.real, Property(t, "real", NumberDunders.Conjugate));
            d.SetName("numerator", Property(t, "numerator", NumberDunders.Conjugate));
            d.SetName(Names.imag, Property(t, "imag", Zero));
            d.SetName("denominator", Property(t, "denominator", One));
        }

        /// <summary>A read-only property whose getter is a native method of t.</summary>
        public static PyProperty Property(PyType t, string name, Native1 getter)
        {
            return new PyProperty(new PyBuiltin1(t, name, getter), null, null, null);
        }

        private static PyObject Zero(Interpreter ip, PyObject self)
        {
            return PyInt.Zero;
        }

        private static PyObject One(Interpreter ip, PyObject self)
        {
            return PyInt.One;
        }

        private static PyObject Invert(Interpreter ip, PyObject self)
        {
            return self.UnaryOp(ip, Runtime.UnaryOp.Invert);
        }

        private static PyObject PowDunder(Interpreter ip, PyObject self, PyObject other, PyObject mod)
        {
            other = NumberDunders.Unwrap(other);
            if (!NumberDunders.Accepts(self, other))
            {
                return PyNotImplemented.Value;
            }

            if (mod != null && !(mod is PyNone))
            {
                return PyBigInt.IsInt(other) && PyBigInt.IsInt(NumberDunders.Unwrap(mod)) ? NumberBuiltins.PowMod(ip, self, other, mod) : PyNotImplemented.Value;
            }

            return self.BinaryOp(ip, Runtime.BinaryOp.Power, other) ?? PyNotImplemented.Value;
        }

        private static PyObject RPowDunder(Interpreter ip, PyObject self, PyObject other, PyObject mod)
        {
            other = NumberDunders.Unwrap(other);
            if (!NumberDunders.Accepts(self, other))
            {
                return PyNotImplemented.Value;
            }

            if (mod != null && !(mod is PyNone))
            {
                return PyBigInt.IsInt(other) && PyBigInt.IsInt(NumberDunders.Unwrap(mod)) ? NumberBuiltins.PowMod(ip, other, self, mod) : PyNotImplemented.Value;
            }

            return self.ReflectedBinaryOp(ip, Runtime.BinaryOp.Power, other) ?? PyNotImplemented.Value;
        }

        /// <summary>x.__divmod__(y) for a native int or float x.</summary>
        public static PyObject DivmodDunder(Interpreter ip, PyObject self, PyObject other)
        {
            other = NumberDunders.Unwrap(other);
            return NumberDunders.Accepts(self, other) ? NumberBuiltins.DivmodNative(ip, self, other) : PyNotImplemented.Value;
        }

        /// <summary>x.__rdivmod__(y) for a native int or float x.</summary>
        public static PyObject RDivmodDunder(Interpreter ip, PyObject self, PyObject other)
        {
            other = NumberDunders.Unwrap(other);
            return NumberDunders.Accepts(self, other) ? NumberBuiltins.DivmodNative(ip, other, self) : PyNotImplemented.Value;
        }

        /// <summary>x.__round__(ndigits=None) for a native int or float x.</summary>
        public static PyObject RoundDunder(Interpreter ip, PyObject self, PyObject ndigits)
        {
            return NumberBuiltins.RoundNumber(ip, self, ndigits);
        }

        private static PyObject ToFloat(Interpreter ip, PyObject self)
        {
            return ip.Numbers.MakeFloat(NumberTower.IntToDouble(ip, self));
        }

        private static PyObject BitLength(Interpreter ip, PyObject self)
        {
            int sign;
            return PyInt.Get(BigNat.BitLength(PyBigInt.MagnitudeOf(self, out sign)));
        }

        private static PyObject BitCount(Interpreter ip, PyObject self)
        {
            int sign;
            return PyInt.Get(BigNat.PopCount(PyBigInt.MagnitudeOf(self, out sign)));
        }

        private static PyObject AsIntegerRatio(Interpreter ip, PyObject self)
        {
            return PyTuple.Of(NumberConvert.PlainInt(self), PyInt.One);
        }

        private static bool LittleEndian(PyObject order)
        {
            if (order == null)
            {
                return false;
            }

            string s = Ops.ExpectStr(order, "to_bytes() argument 'byteorder'");
            if (s == "little")
            {
                return true;
            }

            if (s != "big")
            {
                throw new PyException(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
            }

            return false;
        }

        private static PyObject ToBytes(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject self = args[offset];
            PyObject[] a = new PyObject[3];
            ToBytesSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            long length = a[0] == null ? 1 : Ops.Index(ip, a[0]);
            if (length < 0)
            {
                throw new PyException(PyExc.ValueError, "length argument must be non-negative");
            }

            bool little = LittleEndian(a[1]);
            bool signed = a[2] != null && Ops.IsTrue(ip, a[2]);
            int sign;
            uint[] mag = PyBigInt.MagnitudeOf(self, out sign);
            if (sign < 0 && !signed)
            {
                throw new PyException(PyExc.OverflowError, "can't convert negative int to unsigned");
            }

            int n = Ops.CheckedSize(length);

            // Two's complement bytes, least significant first.
            byte[] le = new byte[n];
            int carry = 1;
            int bits = BigNat.BitLength(mag);
            for (int i = 0; i < n; i++)
            {
                int limb = i >> 2;
                int b = limb < mag.Length ? (int)((mag[limb] >> ((i & 3) * 8)) & 0xFF) : 0;
                if (sign < 0)
                {
                    b = (~b & 0xFF) + carry;
                    carry = b >> 8;
                    b &= 0xFF;
                }

                le[i] = (byte)b;
            }

            // Fits when the magnitude has room (and, signed, the sign bit is right).
            bool fits;
            if (!signed)
            {
                fits = bits <= n * 8;
            }
            else if (sign >= 0)
            {
                fits = bits < n * 8 || bits == 0;
            }
            else
            {
                // -2^(8n-1) is the most negative value.
                fits = bits < n * 8 || (bits == n * 8 && BigNat.PopCount(mag) == 1);
            }

            if (!fits)
            {
                throw new PyException(PyExc.OverflowError, "int too big to convert");
            }

            if (!little)
            {
                for (int i = 0, j = n - 1; i < j; i++, j--)
                {
                    byte t = le[i];
                    le[i] = le[j];
                    le[j] = t;
                }
            }

            return new PyBytes(le);
        }

        private static PyObject FromBytes(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyType cls = (PyType)args[offset];
            PyObject[] a = new PyObject[3];
            FromBytesSpec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            bool little = LittleEndian(a[1]);
            bool signed = a[2] != null && Ops.IsTrue(ip, a[2]);
            byte[] data = BytesOf(ip, a[0]);
            int n = data.Length;
            uint[] mag = new uint[(n + 3) / 4 + 1];
            for (int i = 0; i < n; i++)
            {
                int b = little ? data[i] : data[n - 1 - i];
                mag[i >> 2] |= (uint)b << ((i & 3) * 8);
            }

            PyObject r;
            int top = little ? (n > 0 ? data[n - 1] : 0) : (n > 0 ? data[0] : 0);
            if (signed && (top & 0x80) != 0)
            {
                // Negative: value - 2^(8n).
                uint[] full = BigNat.ShiftLeft(BigNat.One, n * 8);
                r = PyBigInt.Create(-1, BigNat.Subtract(full, BigNat.Trim(mag, mag.Length)));
            }
            else
            {
                r = PyBigInt.Create(1, BigNat.Trim(mag, mag.Length));
            }

            if (!ReferenceEquals(cls, PyTypes.Int))
            {
                return Ops.Call1(ip, cls, r);
            }

            return r;
        }

        private static byte[] BytesOf(Interpreter ip, PyObject o)
        {
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                return b.Data;
            }

            PyByteArray ba = o as PyByteArray;
            if (ba != null)
            {
                return ba.ToArray();
            }

            if (o is PyStr)
            {
                throw new PyException(PyExc.TypeError, "cannot convert 'str' object to bytes");
            }

            int n;
            PyObject[] items = Ops.ItemsOf(ip, o, out n);
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++)
            {
                long v = Ops.Index(ip, items[i]);
                if (v < 0 || v > 255)
                {
                    throw new PyException(PyExc.ValueError, "bytes must be in range(0, 256)");
                }

                r[i] = (byte)v;
            }

            return r;
        }

        /// <summary>int(x=0) / int(x, base): the native constructor (user subclasses get a wrapped value).</summary>
        public static PyObject NewInt(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            NewSpec.Parse(ip, args, offset, count, kwnames, a);
            PyObject x = a[0];
            PyObject v;
            if (x == null)
            {
                if (a[1] != null)
                {
                    throw new PyException(PyExc.TypeError, "int() missing string argument");
                }

                v = PyInt.Zero;
            }
            else if (a[1] == null)
            {
                v = NumberConvert.ToInt(ip, x);
            }
            else
            {
                string text = NumberConvert.TextOf(x);
                if (text == null)
                {
                    throw new PyException(PyExc.TypeError, "int() can't convert non-string with explicit base");
                }

                PyObject b = NumberConvert.Index(ip, a[1]);
                long radix = b is PyInt ? ((PyInt)b).Value : -1;
                v = NumberConvert.ParseIntText(ip, x, text, radix);
            }

            return NumberConvert.Wrap(cls, PyTypes.Int, v);
        }

        /// <summary>bool(x=False).</summary>
        public static PyObject NewBool(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw new PyException(PyExc.TypeError, "bool() takes no keyword arguments");
            }

            if (count > 1)
            {
                throw new PyException(PyExc.TypeError, "bool expected at most 1 argument, got " + count);
            }

            return PyBool.Of(count == 1 && Ops.IsTrue(ip, args[offset]));
        }
    }
}

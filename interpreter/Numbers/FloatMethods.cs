using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>The methods and constructor of float, float.hex and float.fromhex included.</summary>
    public static class FloatMethods
    {
        // + - * / // % **
        private const int FloatOperators = 0x7F;

        /// <summary>Fills float's dictionary.</summary>
        public static void Fill(PyType t, PyDict d)
        {
            NumberDunders.Add(t, d, FloatOperators);
            d.SetName(Names.__divmod__, new PyBuiltin2(t, "__divmod__", IntMethods.DivmodDunder));
            d.SetName(Names.__rdivmod__, new PyBuiltin2(t, "__rdivmod__", IntMethods.RDivmodDunder));
            d.SetName(Names.__int__, new PyBuiltin1(t, "__int__", Trunc));
            d.SetName("__trunc__", new PyBuiltin1(t, "__trunc__", Trunc));
            d.SetName("__floor__", new PyBuiltin1(t, "__floor__", Floor));
            d.SetName("__ceil__", new PyBuiltin1(t, "__ceil__", Ceil));
            d.SetName(Names.__float__, new PyBuiltin1(t, "__float__", Self));
            d.SetName(Names.__round__, new PyBuiltin2(t, "__round__", IntMethods.RoundDunder, 1));
            d.SetName("is_integer", new PyBuiltin1(t, "is_integer", IsInteger));
            d.SetName("as_integer_ratio", new PyBuiltin1(t, "as_integer_ratio", AsIntegerRatio));
            d.SetName("hex", new PyBuiltin1(t, "hex", Hex));
            d.SetName("fromhex", new PyClassMethod(new PyBuiltin2("fromhex", FromHex)));
            d.SetName(Names.real, IntMethods.Property(t, "real", Self));
            d.SetName(Names.imag, IntMethods.Property(t, "imag", Zero));
        }

        private static double ValueOf(PyObject self)
        {
            return ((PyFloat)self).Value;
        }

        private static PyObject Self(Interpreter ip, PyObject self)
        {
            return self;
        }

        private static PyObject Zero(Interpreter ip, PyObject self)
        {
            return new PyFloat(0.0);
        }

        private static PyObject Trunc(Interpreter ip, PyObject self)
        {
            return NumberConvert.FloatToInt(ValueOf(self));
        }

        private static PyObject Floor(Interpreter ip, PyObject self)
        {
            return NumberConvert.FloatToInt(System.Math.Floor(ValueOf(self)));
        }

        private static PyObject Ceil(Interpreter ip, PyObject self)
        {
            return NumberConvert.FloatToInt(System.Math.Ceiling(ValueOf(self)));
        }

        private static PyObject IsInteger(Interpreter ip, PyObject self)
        {
            double d = ValueOf(self);
            return PyBool.Of(!double.IsInfinity(d) && d == System.Math.Floor(d));
        }

        private static PyObject AsIntegerRatio(Interpreter ip, PyObject self)
        {
            double d = ValueOf(self);
            if (double.IsNaN(d))
            {
                throw new PyException(PyExc.ValueError, "cannot convert NaN to integer ratio");
            }

            if (double.IsInfinity(d))
            {
                throw new PyException(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
            }

            int e;
            ulong m = Ieee754.Decompose(d, out e);
            if (m == 0)
            {
                return PyTuple.Of(PyInt.Zero, PyInt.One);
            }

            // Lowest terms: strip the mantissa's trailing zero bits into the exponent.
            while ((m & 1) == 0)
            {
                m >>= 1;
                e++;
            }

            int sign = d < 0 ? -1 : 1;
            uint[] mm = BigNat.FromULong(m);
            if (e >= 0)
            {
                return PyTuple.Of(PyBigInt.Create(sign, BigNat.ShiftLeft(mm, e)), PyInt.One);
            }

            return PyTuple.Of(PyBigInt.Create(sign, mm), PyBigInt.Create(1, BigNat.ShiftLeft(BigNat.One, -e)));
        }

        private static PyObject Hex(Interpreter ip, PyObject self)
        {
            double d = ValueOf(self);
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                return new PyStr(FloatFormat.Repr(d));
            }

            StringBuilder sb = new StringBuilder(24);
            if (Ieee754.IsNegative(d))
            {
                sb.Append('-');
            }

            if (d == 0)
            {
                sb.Append("0x0.0p+0");
                return new PyStr(sb.ToString());
            }

            int e;
            ulong m = Ieee754.Decompose(d, out e);
            bool subnormal = m < (1UL << 52);
            sb.Append(subnormal ? "0x0." : "0x1.");
            for (int shift = 48; shift >= 0; shift -= 4)
            {
                sb.Append(StrUtil.HexDigit((int)((m >> shift) & 15)));
            }

            // The exponent of the leading digit (1 for normals; subnormals print as 0.xxx p-1022).
            int exp = subnormal ? -1022 : e + 52;
            sb.Append('p');
            sb.Append(exp < 0 ? '-' : '+');
            sb.Append(exp < 0 ? -exp : exp);
            return new PyStr(sb.ToString());
        }

        private static PyObject FromHex(Interpreter ip, PyObject cls, PyObject s)
        {
            double d = ParseHex(Ops.ExpectStr(s, "fromhex() argument"), NumberTower.IsSingle(ip));
            PyObject r = new PyFloat(d);
            PyType t = cls as PyType;
            if (t != null && !ReferenceEquals(t, PyTypes.Float))
            {
                return Ops.Call1(ip, t, r);
            }

            return r;
        }

        /// <summary>float.fromhex: [sign] [0x] hex digits [. hex digits] [p [sign] decimal], or inf/nan; exactly rounded.</summary>
        public static double ParseHex(string s, bool single)
        {
            int i = 0;
            int n = s.Length;
            while (i < n && StrUtil.IsSpace(s[i]))
            {
                i++;
            }

            while (n > i && StrUtil.IsSpace(s[n - 1]))
            {
                n--;
            }

            bool neg = false;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                neg = s[i] == '-';
                i++;
            }

            string word = s.Substring(i, n - i).ToLower();
            if (word == "inf" || word == "infinity")
            {
                return neg ? double.NegativeInfinity : double.PositiveInfinity;
            }

            if (word == "nan")
            {
                return double.NaN;
            }

            if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
            {
                i += 2;
            }

            // Collect up to 16 significant hex digits (64 bits) exactly; the rest only feeds the sticky bit.
            ulong m = 0;
            int kept = 0;
            long exp = 0;
            bool sticky = false;
            bool point = false;
            int digits = 0;
            for (; i < n; i++)
            {
                char c = s[i];
                if (c == '.' && !point)
                {
                    point = true;
                    continue;
                }

                int v = StrUtil.DigitValue(c);
                if (v >= 16)
                {
                    break;
                }

                digits++;
                if (m == 0 && v == 0)
                {
                    if (point)
                    {
                        exp -= 4;
                    }
                }
                else if (kept < 16)
                {
                    m = (m << 4) | (uint)v;
                    kept++;
                    if (point)
                    {
                        exp -= 4;
                    }
                }
                else
                {
                    sticky |= v != 0;
                    if (!point)
                    {
                        exp += 4;
                    }
                }
            }

            if (digits == 0)
            {
                throw Invalid();
            }

            if (i < n && (s[i] | 0x20) == 'p')
            {
                i++;
                bool eneg = false;
                if (i < n && (s[i] == '+' || s[i] == '-'))
                {
                    eneg = s[i] == '-';
                    i++;
                }

                int start = i;
                long pe = 0;
                while (i < n && StrUtil.IsDigit(s[i]))
                {
                    if (pe < 100000000)
                    {
                        pe = (pe * 10) + (s[i] - '0');
                    }

                    i++;
                }

                if (i == start)
                {
                    throw Invalid();
                }

                exp += eneg ? -pe : pe;
            }

            if (i != n)
            {
                throw Invalid();
            }

            double r = 0.0;
            if (m != 0)
            {
                if (exp > 100000)
                {
                    r = double.PositiveInfinity;
                }
                else if (exp > -100000)
                {
                    // Keep the sticky meaningful: a full 64-bit mantissa when digits were dropped.
                    r = Ieee754.Round(m, (int)exp, sticky, single);
                }
            }

            if (double.IsInfinity(r))
            {
                throw new PyException(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
            }

            return neg ? -r : r;
        }

        private static PyException Invalid()
        {
            return new PyException(PyExc.ValueError, "invalid hexadecimal floating-point string");
        }

        /// <summary>float(x=0.0): the native constructor (user subclasses get a wrapped value).</summary>
        public static PyObject NewFloat(Interpreter ip, PyType cls, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null && kwnames.Items.Length > 0)
            {
                throw new PyException(PyExc.TypeError, "float() takes no keyword arguments");
            }

            if (count > 1)
            {
                throw new PyException(PyExc.TypeError, "float expected at most 1 argument, got " + count);
            }

            PyObject v;
            if (count == 0)
            {
                v = new PyFloat(0.0);
            }
            else
            {
                PyObject x = args[offset];
                v = x is PyFloat ? x : ip.Numbers.MakeFloat(NumberConvert.ToDouble(ip, x));
            }

            return NumberConvert.Wrap(cls, PyTypes.Float, v);
        }
    }
}

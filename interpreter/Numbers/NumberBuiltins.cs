using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>
    /// The number builtins abs, divmod, pow, round, hex, oct and bin, with CPython's dispatch to __abs__, __divmod__,
    /// __rdivmod__, __pow__ and __round__ of user classes and its TypeErrors.
    /// </summary>
    public static class NumberBuiltins
    {
        private static ArgSpec s_powSpec;
        private static ArgSpec s_roundSpec;

        // The specs are made on first use: one created when the assembly loads would hold heap from the boot on.
        private static ArgSpec PowSpec
        {
            get { return s_powSpec ?? (s_powSpec = new ArgSpec("pow", "base, exp, mod", 2)); }
        }

        private static ArgSpec RoundSpec
        {
            get { return s_roundSpec ?? (s_roundSpec = new ArgSpec("round", "number, ndigits", 1)); }
        }

        /// <summary>Adds the builtins to an interpreter's builtins namespace.</summary>
        public static void Install(Interpreter ip)
        {
            ip.AddLazyBuiltins("abs divmod pow round hex oct bin", Create);
        }

        // The functions, created on first use (see Interpreter.AddLazyBuiltins), in the order of the names above.
        private static PyObject Create(Interpreter ip, int index)
        {
            switch (index)
            {
                case 0:
                    return new PyBuiltin1("abs", Abs);
                case 1:
                    return new PyBuiltin2("divmod", Divmod);
                case 2:
                    return new PyBuiltinN("pow", Pow);
                case 3:
                    return new PyBuiltinN("round", Round);
                case 4:
                    return new PyBuiltin1("hex", Hex);
                case 5:
                    return new PyBuiltin1("oct", Oct);
                case 6:
                    return new PyBuiltin1("bin", Bin);
                default:
                    return null;
            }
        }

        /// <summary>abs(x).</summary>
        public static PyObject Abs(Interpreter ip, PyObject x)
        {
            PyInt i = x as PyInt;
            if (i != null)
            {
                long v = i.Value;
                if (v >= 0)
                {
                    return NumberConvert.PlainInt(x);
                }

                return v == long.MinValue ? IntParser.Negate(x) : PyInt.Get(-v);
            }

            PyBigInt b = x as PyBigInt;
            if (b != null)
            {
                return b.Sign > 0 ? x : PyBigInt.Create(1, b.Mag);
            }

            PyFloat f = x as PyFloat;
            if (f != null)
            {
                return new PyFloat(System.Math.Abs(f.Value));
            }

            PyComplex c = x as PyComplex;
            if (c != null)
            {
                double h = PyComplex.Hypot(c.Real, c.Imag);
                if (double.IsInfinity(h) && !double.IsInfinity(c.Real) && !double.IsInfinity(c.Imag))
                {
                    throw new PyException(PyExc.OverflowError, "absolute value too large");
                }

                return ip.Numbers.MakeFloat(h);
            }

            if (x is PyInstance)
            {
                PyObject m = Ops.FindPythonOverride(x.Type, Names.__abs__);
                if (m != null)
                {
                    return Ops.CallMethod1(ip, m, x);
                }

                PyObject nb = NumberDunders.Unwrap(x);
                if (!ReferenceEquals(nb, x))
                {
                    return Abs(ip, nb);
                }
            }

            throw new PyException(PyExc.TypeError, "bad operand type for abs(): '" + x.Type.Name.Value + "'");
        }

        /// <summary>divmod(a, b).</summary>
        public static PyObject Divmod(Interpreter ip, PyObject a, PyObject b)
        {
            PyType ta = a.Type;
            PyType tb = b.Type;
            PyObject r;
            bool different = !ReferenceEquals(ta, tb);
            if (different && tb.IsUserClass && tb.IsSubtypeOf(ta))
            {
                r = TryDivmod(ip, b, a, true);
                if (r != null)
                {
                    return r;
                }
            }

            r = TryDivmod(ip, a, b, false);
            if (r == null && different)
            {
                r = TryDivmod(ip, b, a, true);
            }

            if (r == null)
            {
                throw new PyException(PyExc.TypeError, "unsupported operand type(s) for divmod(): '" + ta.Name.Value + "' and '" + tb.Name.Value + "'");
            }

            return r;
        }

        private static PyObject TryDivmod(Interpreter ip, PyObject self, PyObject other, bool reflected)
        {
            if (self is PyInstance)
            {
                PyObject m = Ops.FindPythonOverride(self.Type, reflected ? Names.__rdivmod__ : Names.__divmod__);
                if (m != null)
                {
                    PyObject r = Ops.CallMethod2(ip, m, self, other);
                    return ReferenceEquals(r, PyNotImplemented.Value) ? null : r;
                }
            }

            PyObject x = NumberDunders.Unwrap(self);
            PyObject y = NumberDunders.Unwrap(other);
            return reflected ? DivmodNative(ip, y, x) : DivmodNative(ip, x, y);
        }

        /// <summary>divmod of two native reals; null when either is not an int or float.</summary>
        public static PyObject DivmodNative(Interpreter ip, PyObject a, PyObject b)
        {
            bool ia = PyBigInt.IsInt(a);
            bool ib = PyBigInt.IsInt(b);
            if (ia && ib)
            {
                PyInt sa = a as PyInt;
                PyInt sb = b as PyInt;
                if (sa != null && sb != null && sb.Value != 0 && sb.Value != -1)
                {
                    return PyTuple.Of(PyInt.Get(PyInt.FloorDiv(sa.Value, sb.Value)), PyInt.Get(PyInt.FloorMod(sa.Value, sb.Value)));
                }

                int s1;
                int s2;
                uint[] m1 = PyBigInt.MagnitudeOf(a, out s1);
                uint[] m2 = PyBigInt.MagnitudeOf(b, out s2);
                if (s2 == 0)
                {
                    throw new PyException(PyExc.ZeroDivisionError, "integer division or modulo by zero");
                }

                PyObject rem;
                PyObject q = PyBigInt.DivMod(s1, m1, s2, m2, out rem);
                return PyTuple.Of(q, rem);
            }

            if (!(ia || a is PyFloat) || !(ib || b is PyFloat))
            {
                return null;
            }

            double x = a is PyFloat ? ((PyFloat)a).Value : NumberTower.IntToDouble(ip, a);
            double y = b is PyFloat ? ((PyFloat)b).Value : NumberTower.IntToDouble(ip, b);
            if (y == 0)
            {
                throw new PyException(PyExc.ZeroDivisionError, "float divmod()");
            }

            double mod;
            double div = FloatDivmod(x, y, out mod);
            return PyTuple.Of(ip.Numbers.MakeFloat(div), ip.Numbers.MakeFloat(mod));
        }

        /// <summary>CPython's float_divmod: floor quotient and modulo with the sign of y (y != 0).</summary>
        public static double FloatDivmod(double x, double y, out double mod)
        {
            mod = x % y;
            double div = (x - mod) / y;
            if (mod != 0)
            {
                if ((y < 0) != (mod < 0))
                {
                    mod += y;
                    div -= 1.0;
                }
            }
            else
            {
                mod = Ieee754.IsNegative(y) ? -0.0 : 0.0;
            }

            if (div != 0)
            {
                double floorDiv = System.Math.Floor(div);
                if (div - floorDiv > 0.5)
                {
                    floorDiv += 1.0;
                }

                return floorDiv;
            }

            return Ieee754.IsNegative(x) != Ieee754.IsNegative(y) ? -0.0 : 0.0;
        }

        /// <summary>pow(base, exp[, mod]).</summary>
        public static PyObject Pow(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[3];
            PowSpec.Parse(ip, args, offset, count, kwnames, a);
            if (a[2] == null || a[2] is PyNone)
            {
                return Ops.Binary(ip, Runtime.BinaryOp.Power, a[0], a[1]);
            }

            return PowMod(ip, a[0], a[1], a[2]);
        }

        /// <summary>pow(a, b, m): modular exponentiation of ints (negative exponents through the modular inverse).</summary>
        public static PyObject PowMod(Interpreter ip, PyObject a, PyObject b, PyObject m)
        {
            if (a is PyInstance)
            {
                PyObject f = Ops.FindPythonOverride(a.Type, Names.__pow__);
                if (f != null)
                {
                    PyObject res = Ops.CallMethod3(ip, f, a, b, m);
                    if (!ReferenceEquals(res, PyNotImplemented.Value))
                    {
                        return res;
                    }
                }
            }

            a = NumberDunders.Unwrap(a);
            b = NumberDunders.Unwrap(b);
            m = NumberDunders.Unwrap(m);
            if (!PyBigInt.IsInt(a) || !PyBigInt.IsInt(b) || !PyBigInt.IsInt(m))
            {
                bool numbers = IsNumber(a) && IsNumber(b) && IsNumber(m);
                if (numbers && (a is PyComplex || b is PyComplex || m is PyComplex))
                {
                    throw new PyException(PyExc.ValueError, "complex modulo");
                }

                throw new PyException(PyExc.TypeError, numbers ? "pow() 3rd argument not allowed unless all arguments are integers"
                    : "unsupported operand type(s) for ** or pow(): '" + a.Type.Name.Value + "', '" + b.Type.Name.Value + "', '" + m.Type.Name.Value + "'");
            }

            int sm;
            uint[] mm = PyBigInt.MagnitudeOf(m, out sm);
            if (sm == 0)
            {
                throw new PyException(PyExc.ValueError, "pow() 3rd argument cannot be 0");
            }

            PyObject absM = PyBigInt.Create(1, mm);
            PyObject x = PyBigInt.IntArith(ip, Runtime.BinaryOp.Modulo, a, absM);
            int sb;
            uint[] mb = PyBigInt.MagnitudeOf(b, out sb);
            if (sb < 0)
            {
                x = Inverse(ip, x, absM);
            }

            int sx;
            uint[] mx = PyBigInt.MagnitudeOf(x, out sx);
            uint[] r = ModPow(mx, mb, mm);
            if (sm < 0 && r.Length != 0)
            {
                return PyBigInt.Create(-1, BigNat.Subtract(mm, r));
            }

            return PyBigInt.Create(1, r);
        }

        private static bool IsNumber(PyObject o)
        {
            return PyBigInt.IsInt(o) || o is PyFloat || o is PyComplex;
        }

        private static PyObject Inverse(Interpreter ip, PyObject a, PyObject m)
        {
            // Extended Euclid on (a, m): old_s * a = old_r (mod m).
            PyObject oldR = a;
            PyObject r = m;
            PyObject oldS = PyInt.One;
            PyObject s = PyInt.Zero;
            while (!(r is PyInt && ((PyInt)r).Value == 0))
            {
                PyObject q = PyBigInt.IntArith(ip, Runtime.BinaryOp.FloorDivide, oldR, r);
                PyObject t = PyBigInt.IntArith(ip, Runtime.BinaryOp.Subtract, oldR, PyBigInt.IntArith(ip, Runtime.BinaryOp.Multiply, q, r));
                oldR = r;
                r = t;
                t = PyBigInt.IntArith(ip, Runtime.BinaryOp.Subtract, oldS, PyBigInt.IntArith(ip, Runtime.BinaryOp.Multiply, q, s));
                oldS = s;
                s = t;
            }

            if (!(oldR is PyInt && ((PyInt)oldR).Value == 1))
            {
                throw new PyException(PyExc.ValueError, "base is not invertible for the given modulus");
            }

            return PyBigInt.IntArith(ip, Runtime.BinaryOp.Modulo, oldS, m);
        }

        /// <summary>b^e mod m for naturals (m != 0).</summary>
        public static uint[] ModPow(uint[] b, uint[] e, uint[] m)
        {
            if (m.Length == 1 && m[0] == 1)
            {
                return BigNat.Zero;
            }

            int bits = BigNat.BitLength(e);
            if (m.Length == 1)
            {
                ulong mod = m[0];
                ulong bs = BigNat.ToULong(b) % mod;
                ulong acc = 1;
                for (int i = bits - 1; i >= 0; i--)
                {
                    acc = acc * acc % mod;
                    if (BigNat.TestBit(e, i))
                    {
                        acc = acc * bs % mod;
                    }
                }

                return BigNat.FromULong(acc);
            }

            uint[] rem;
            uint[] result = BigNat.One;
            for (int i = bits - 1; i >= 0; i--)
            {
                BigNat.DivRem(BigNat.Multiply(result, result), m, out rem);
                result = rem;
                if (BigNat.TestBit(e, i))
                {
                    BigNat.DivRem(BigNat.Multiply(result, b), m, out rem);
                    result = rem;
                }
            }

            return result;
        }

        /// <summary>round(number[, ndigits]).</summary>
        public static PyObject Round(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[2];
            RoundSpec.Parse(ip, args, offset, count, kwnames, a);
            PyObject x = a[0];
            PyObject nd = a[1] is PyNone ? null : a[1];
            if (x is PyInstance)
            {
                PyObject m = Ops.FindPythonOverride(x.Type, Names.__round__);
                if (m != null)
                {
                    return nd == null ? Ops.CallMethod1(ip, m, x) : Ops.CallMethod2(ip, m, x, nd);
                }

                x = NumberDunders.Unwrap(x);
            }

            if (PyBigInt.IsInt(x) || x is PyFloat)
            {
                return RoundNumber(ip, x, nd);
            }

            throw new PyException(PyExc.TypeError, "type " + x.Type.Name.Value + " doesn't define __round__ method");
        }

        /// <summary>int.__round__ and float.__round__: round(x[, ndigits]) for a native int or float.</summary>
        public static PyObject RoundNumber(Interpreter ip, PyObject x, PyObject ndigits)
        {
            PyFloat f = x as PyFloat;
            if (ndigits == null || ndigits is PyNone)
            {
                return f != null ? NumberConvert.FloatToInt(RoundHalfEven(f.Value)) : NumberConvert.PlainInt(x);
            }

            // Digit counts beyond any precision mean "unchanged" or "zero": clamp them.
            PyObject n = NumberConvert.Index(ip, ndigits);
            long k = n is PyInt ? ((PyInt)n).Value : ((PyBigInt)n).Sign * 100000L;
            if (k > 100000)
            {
                k = 100000;
            }
            else if (k < -100000)
            {
                k = -100000;
            }

            if (f != null)
            {
                return RoundFloat(ip, f.Value, (int)k);
            }

            if (k >= 0)
            {
                return NumberConvert.PlainInt(x);
            }

            return RoundInt(ip, x, (int)-k);
        }

        /// <summary>The integral double nearest to d, ties to even.</summary>
        public static double RoundHalfEven(double d)
        {
            double fl = System.Math.Floor(d);
            double diff = d - fl;
            if (diff > 0.5 || (diff == 0.5 && System.Math.Floor(fl / 2) * 2 != fl))
            {
                fl += 1.0;
            }

            return fl;
        }

        private static PyObject RoundInt(Interpreter ip, PyObject x, int k)
        {
            int sign;
            uint[] mag = PyBigInt.MagnitudeOf(x, out sign);
            if ((long)BigNat.BitLength(mag) * 30103 / 100000 + 2 < k)
            {
                return PyInt.Zero;
            }

            // Nearest multiple of 10^k, ties to the even multiple (CPython's _PyLong_DivmodNear).
            uint[] p = BigNat.Pow10(k);
            uint[] rem;
            uint[] q = BigNat.DivRem(mag, p, out rem);
            int c = BigNat.Compare(BigNat.ShiftLeft(rem, 1), p);
            if (c > 0 || (c == 0 && q.Length > 0 && (q[0] & 1) != 0))
            {
                q = BigNat.AddSmall(q, 1);
            }

            return PyBigInt.Create(sign, BigNat.Multiply(q, p));
        }

        private static PyObject RoundFloat(Interpreter ip, double d, int k)
        {
            if (double.IsNaN(d) || double.IsInfinity(d) || d == 0)
            {
                return new PyFloat(d);
            }

            if (k > 323)
            {
                return new PyFloat(d);
            }

            bool neg = d < 0;
            if (k < -308)
            {
                return new PyFloat(neg ? -0.0 : 0.0);
            }

            uint[] q = FloatDigits.ScaledRound(d, k);
            bool single = NumberTower.IsSingle(ip);
            double r;
            if (q.Length == 0)
            {
                r = 0.0;
            }
            else if (k >= 0)
            {
                r = Ieee754.FromRatio(q, BigNat.Pow10(k), single);
            }
            else
            {
                r = Ieee754.FromNat(BigNat.Multiply(q, BigNat.Pow10(-k)), single);
            }

            if (double.IsInfinity(r))
            {
                throw new PyException(PyExc.OverflowError, "rounded value too large to represent");
            }

            return new PyFloat(neg ? -r : r);
        }

        /// <summary>hex(x).</summary>
        public static PyObject Hex(Interpreter ip, PyObject x)
        {
            return Radix(ip, x, 16, "0x");
        }

        /// <summary>oct(x).</summary>
        public static PyObject Oct(Interpreter ip, PyObject x)
        {
            return Radix(ip, x, 8, "0o");
        }

        /// <summary>bin(x).</summary>
        public static PyObject Bin(Interpreter ip, PyObject x)
        {
            return Radix(ip, x, 2, "0b");
        }

        private static PyObject Radix(Interpreter ip, PyObject x, int radix, string prefix)
        {
            int sign;
            uint[] mag = PyBigInt.MagnitudeOf(NumberConvert.Index(ip, x), out sign);
            string s = prefix + BigNat.ToString(mag, radix);
            return new PyStr(sign < 0 ? "-" + s : s);
        }
    }
}

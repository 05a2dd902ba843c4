using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>
    /// The numeric tower installed into <see cref="Interpreter.Numbers"/>: big ints (<see cref="PyBigInt"/>), exact
    /// int/float mixing and comparison, correctly rounded conversions, exact float printing and parsing, complex numbers,
    /// format specs for numbers, and the single-precision mode of MicroPython's ESP32 builds.
    /// </summary>
    public sealed class NumberTower : NumberHooks
    {
        /// <summary>
        /// 64 (IEEE double, the host default) or 32: every float result is rounded to single precision and repr prints
        /// at most 7 significant digits, as MicroPython's ESP32 firmware does.
        /// </summary>
        public int FloatBits = 64;

        /// <summary>Whether floats are single precision.</summary>
        public bool Single
        {
            get { return FloatBits == 32; }
        }

        /// <summary>Whether the interpreter's floats are single precision.</summary>
        public static bool IsSingle(Interpreter ip)
        {
            NumberTower t = ip.Numbers as NumberTower;
            return t != null && t.FloatBits == 32;
        }

        /// <inheritdoc/>
        public override PyObject BigBinary(Interpreter ip, int op, PyObject a, PyObject b)
        {
            return PyBigInt.IntArith(ip, op, a, b);
        }

        /// <inheritdoc/>
        public override PyObject Negate(Interpreter ip, PyObject a)
        {
            return IntParser.Negate(a);
        }

        /// <inheritdoc/>
        public override PyObject ParseInt(string digits, int radix)
        {
            return IntParser.FromDigits(digits, 0, digits.Length, radix);
        }

        /// <inheritdoc/>
        public override bool TryBigToDouble(Interpreter ip, PyObject o, out double d)
        {
            PyBigInt b = o as PyBigInt;
            if (b == null)
            {
                d = 0;
                return false;
            }

            d = BigToDouble(b, Single);
            return true;
        }

        /// <summary>The nearest float to a big int; OverflowError when it is too large.</summary>
        public static double BigToDouble(PyBigInt b, bool single)
        {
            double d = Ieee754.FromNat(b.Mag, single);
            if (double.IsInfinity(d))
            {
                throw new PyException(PyExc.OverflowError, "int too large to convert to float");
            }

            return b.Sign < 0 ? -d : d;
        }

        /// <summary>The float value of an int (small or big); OverflowError when too large.</summary>
        public static double IntToDouble(Interpreter ip, PyObject o)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                return i.Value;
            }

            return BigToDouble((PyBigInt)o, IsSingle(ip));
        }

        /// <inheritdoc/>
        public override PyObject BinaryMixed(Interpreter ip, int op, PyInt a, PyObject b)
        {
            if (b is PyBigInt)
            {
                return PyBigInt.IntArith(ip, op, a, b);
            }

            return ArithNonInt(ip, op, a, b, false);
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryMixed(Interpreter ip, int op, PyInt a, PyObject b)
        {
            if (b is PyBigInt)
            {
                return PyBigInt.IntArith(ip, op, b, a);
            }

            return ArithNonInt(ip, op, a, b, true);
        }

        /// <summary>
        /// i op other (other op i when reflected) for an int i (small or big) and a float or complex other; null for
        /// anything else.
        /// </summary>
        public static PyObject ArithNonInt(Interpreter ip, int op, PyObject i, PyObject other, bool reflected)
        {
            PyFloat f = other as PyFloat;
            if (f != null)
            {
                double d = IntToDouble(ip, i);
                return reflected ? PyFloat.Arith(ip, op, f.Value, d) : PyFloat.Arith(ip, op, d, f.Value);
            }

            PyComplex c = other as PyComplex;
            if (c != null)
            {
                double d = IntToDouble(ip, i);
                return reflected ? PyComplex.Arith(ip, op, c.Real, c.Imag, d, 0) : PyComplex.Arith(ip, op, d, 0, c.Real, c.Imag);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject FloatBinaryMixed(Interpreter ip, int op, PyFloat a, PyObject b)
        {
            PyComplex c = b as PyComplex;
            if (c != null)
            {
                return PyComplex.Arith(ip, op, a.Value, 0, c.Real, c.Imag);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject CompareMixed(Interpreter ip, int op, PyObject a, PyObject b)
        {
            if (a is PyComplex)
            {
                return a.RichCompare(ip, op, b);
            }

            if (b is PyComplex)
            {
                return b.RichCompare(ip, CompareOp.Swapped(op), a);
            }

            int c = CompareReal(a, b);
            if (c == int.MinValue)
            {
                return null;
            }

            if (c == 2)
            {
                return PyBool.Of(op == CompareOp.Ne);
            }

            return PyBool.Of(Ops.CompareResult(op, c));
        }

        /// <summary>
        /// Exact comparison of two real numbers (int, big int or float): -1, 0 or 1; 2 when a NaN makes them unordered;
        /// int.MinValue when either is not a real number.
        /// </summary>
        public static int CompareReal(PyObject a, PyObject b)
        {
            PyFloat fa = a as PyFloat;
            PyFloat fb = b as PyFloat;
            if (fa != null && fb != null)
            {
                double x = fa.Value;
                double y = fb.Value;
                return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
            }

            if (fa != null)
            {
                return PyBigInt.IsInt(b) ? CompareFloatInt(fa.Value, b) : int.MinValue;
            }

            if (!PyBigInt.IsInt(a))
            {
                return int.MinValue;
            }

            if (fb != null)
            {
                int c = CompareFloatInt(fb.Value, a);
                return c == 2 ? 2 : -c;
            }

            return PyBigInt.IsInt(b) ? PyBigInt.CompareInts(a, b) : int.MinValue;
        }

        /// <summary>Exact comparison of a double with an int (small or big); 2 for NaN.</summary>
        public static int CompareFloatInt(double d, PyObject i)
        {
            if (double.IsNaN(d))
            {
                return 2;
            }

            if (double.IsInfinity(d))
            {
                return d > 0 ? 1 : -1;
            }

            PyInt small = i as PyInt;
            if (small != null)
            {
                // The common case without allocation: doubles in [-2^63, 2^63) split exactly into floor and fraction.
                long v = small.Value;
                if (d >= 9223372036854775808.0)
                {
                    return 1;
                }

                if (d < -9223372036854775808.0)
                {
                    return -1;
                }

                double fl = System.Math.Floor(d);
                long li = (long)fl;
                return li < v ? -1 : li > v ? 1 : d > fl ? 1 : 0;
            }

            int si;
            uint[] mi = PyBigInt.MagnitudeOf(i, out si);
            int sd = d > 0 ? 1 : d < 0 ? -1 : 0;
            if (sd != si)
            {
                return sd < si ? -1 : 1;
            }

            if (sd == 0)
            {
                return 0;
            }

            // Same sign: compare magnitudes, the float's fraction breaking a tie of integer parts.
            double ad = d < 0 ? -d : d;
            int c = BigNat.Compare(Ieee754.IntegerPart(ad), mi);
            if (c == 0 && ad != System.Math.Floor(ad))
            {
                c = 1;
            }

            return sd < 0 ? -c : c;
        }

        /// <inheritdoc/>
        public override PyObject TrueDivide(Interpreter ip, PyObject a, PyObject b)
        {
            PyInt ia = a as PyInt;
            PyInt ib = b as PyInt;
            long limit = Single ? (1L << 24) : (1L << 53);
            if (ia != null && ib != null && ia.Value <= limit && ia.Value >= -limit && ib.Value <= limit && ib.Value >= -limit)
            {
                // Both exact as floats: one correctly rounded division.
                return MakeFloat((double)ia.Value / ib.Value);
            }

            int sa;
            int sb;
            uint[] ma = PyBigInt.MagnitudeOf(a, out sa);
            uint[] mb = PyBigInt.MagnitudeOf(b, out sb);
            if (sb == 0)
            {
                throw new PyException(PyExc.ZeroDivisionError, "division by zero");
            }

            if (sa == 0)
            {
                return MakeFloat(sb < 0 ? -0.0 : 0.0);
            }

            double q = Ieee754.FromRatio(ma, mb, Single);
            if (double.IsInfinity(q))
            {
                throw new PyException(PyExc.OverflowError, "integer division result too large for a float");
            }

            return new PyFloat(sa * sb < 0 ? -q : q);
        }

        /// <inheritdoc/>
        public override PyObject FloatPower(Interpreter ip, PyObject a, PyObject b)
        {
            return FloatPow(ip, IntToDouble(ip, a), IntToDouble(ip, b));
        }

        /// <inheritdoc/>
        public override PyObject FloatPow(Interpreter ip, double a, double b)
        {
            if (b == 0)
            {
                return MakeFloat(1.0);
            }

            if (double.IsNaN(a))
            {
                return MakeFloat(a);
            }

            if (double.IsNaN(b))
            {
                return MakeFloat(a == 1.0 ? 1.0 : b);
            }

            if (double.IsInfinity(b))
            {
                double abs = a < 0 ? -a : a;
                if (abs == 1.0)
                {
                    return MakeFloat(1.0);
                }

                return MakeFloat((b > 0) == (abs > 1.0) ? double.PositiveInfinity : 0.0);
            }

            bool odd = IsOddInteger(b);
            if (double.IsInfinity(a))
            {
                if (b > 0)
                {
                    return MakeFloat(odd ? a : double.PositiveInfinity);
                }

                return MakeFloat(odd && a < 0 ? -0.0 : 0.0);
            }

            if (a == 0)
            {
                if (b < 0)
                {
                    throw new PyException(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
                }

                return MakeFloat(odd ? a : 0.0);
            }

            bool negate = false;
            if (a < 0)
            {
                if (b != System.Math.Floor(b))
                {
                    return PyComplex.Arith(ip, Runtime.BinaryOp.Power, a, 0, b, 0);
                }

                a = -a;
                negate = odd;
            }

            double r = a == 1.0 ? 1.0 : System.Math.Pow(a, b);
            PyFloat f = MakeFloat(negate ? -r : r);
            if (double.IsInfinity(f.Value))
            {
                PyBaseException e = new PyBaseException(PyExc.OverflowError, PyTuple.Of(PyInt.Get(34), new PyStr("Numerical result out of range")));
                throw new PyException(e);
            }

            return f;
        }

        private static bool IsOddInteger(double b)
        {
            double abs = b < 0 ? -b : b;
            if (abs >= 9007199254740992.0 || abs != System.Math.Floor(abs))
            {
                return false;
            }

            return ((long)abs & 1) != 0;
        }

        /// <inheritdoc/>
        public override PyFloat MakeFloat(double d)
        {
            return new PyFloat(FloatBits == 32 ? (double)(float)d : d);
        }

        /// <inheritdoc/>
        public override string FloatRepr(double d)
        {
            return FloatBits == 32 ? FloatFormat.Repr32(d) : FloatFormat.Repr(d);
        }

        /// <inheritdoc/>
        public override string FormatNumber(Interpreter ip, PyObject value, FormatSpec spec)
        {
            return NumberFormatter.Format(ip, value, spec);
        }

        /// <inheritdoc/>
        public override PyObject IntFromString(string s, int radix)
        {
            if (radix != 0 && (radix < 2 || radix > 36))
            {
                throw new PyException(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
            }

            PyObject r = IntParser.Parse(s, radix);
            if (r == null)
            {
                throw new PyException(PyExc.ValueError, "invalid literal for int() with base " + radix + ": " + PyStr.ReprOf(s));
            }

            return r;
        }

        /// <inheritdoc/>
        public override PyObject ParseFloat(string text)
        {
            double d;
            if (!FloatParser.TryParse(text, Single, out d))
            {
                return null;
            }

            return new PyFloat(d);
        }

        /// <inheritdoc/>
        public override PyObject MakeComplex(double real, double imag)
        {
            if (FloatBits == 32)
            {
                real = (float)real;
                imag = (float)imag;
            }

            return new PyComplex(real, imag);
        }

        /// <inheritdoc/>
        public override bool TryToLong(PyObject o, out long v)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                v = i.Value;
                return true;
            }

            // A PyBigInt never fits a long.
            v = 0;
            return false;
        }

        /// <inheritdoc/>
        public override bool IsInt(PyObject o)
        {
            return o is PyInt || o is PyBigInt;
        }
    }
}

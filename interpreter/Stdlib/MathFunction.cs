using NanoPython.Numbers;
using NanoPython.Runtime;

namespace NanoPython.Stdlib
{
    /// <summary>
    /// One of math's plain numeric functions, selected by an operation number: the module's table is a list of
    /// (name, operation) pairs and one Call evaluates them all. Errors follow MicroPython: a NaN result from a non-NaN
    /// argument, or an infinite result from finite arguments, is ValueError("math domain error") (CPython raises
    /// OverflowError for the overflow cases).
    /// </summary>
    internal sealed class MathFunction : PyBuiltinFunction
    {
        // ORDER: MathFunction operations -- one-argument operations first, then two-argument ones from Pow.
        internal const int Sqrt = 0;
        internal const int Exp = 1;
        internal const int Expm1 = 2;
        internal const int Log2 = 3;
        internal const int Log10 = 4;
        internal const int Log1p = 5;
        internal const int Cosh = 6;
        internal const int Sinh = 7;
        internal const int Tanh = 8;
        internal const int Acosh = 9;
        internal const int Asinh = 10;
        internal const int Atanh = 11;
        internal const int Cos = 12;
        internal const int Sin = 13;
        internal const int Tan = 14;
        internal const int Acos = 15;
        internal const int Asin = 16;
        internal const int Atan = 17;
        internal const int Erf = 18;
        internal const int Erfc = 19;
        internal const int Gamma = 20;
        internal const int LGamma = 21;
        internal const int Fabs = 22;
        internal const int Degrees = 23;
        internal const int Radians = 24;
        internal const int Ceil = 25;
        internal const int Floor = 26;
        internal const int Trunc = 27;
        internal const int IsFinite = 28;
        internal const int IsInf = 29;
        internal const int IsNaN = 30;
        internal const int Pow = 31;
        internal const int Atan2 = 32;
        internal const int CopySign = 33;
        internal const int Fmod = 34;

        /// <summary>ln 10.</summary>
        internal const double Ln10 = 2.302585092994045684;

        private readonly int _op;

        /// <summary>The function name for operation op.</summary>
        internal MathFunction(string name, int op)
            : base(name, null, op >= Pow ? 2 : 1, op >= Pow ? 2 : 1)
        {
            _op = op;
        }

        /// <inheritdoc/>
        public override PyObject Call(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null)
            {
                throw NoKeywords();
            }

            if (count != MinArgs)
            {
                throw ArityError(count);
            }

            PyObject a = args[offset];
            if (_op >= Pow)
            {
                double x2 = MathArgs.ToDouble(ip, a);
                double y = MathArgs.ToDouble(ip, args[offset + 1]);
                double r2 = Eval2(x2, y);
                if ((double.IsNaN(r2) && !double.IsNaN(x2) && !double.IsNaN(y))
                    || (double.IsInfinity(r2) && Libm.IsFinite(x2) && Libm.IsFinite(y)))
                {
                    throw DomainError();
                }

                return ip.Numbers.MakeFloat(r2);
            }

            if (_op >= Ceil && _op <= Trunc && ip.Numbers.IsInt(a.NativeBase))
            {
                // Ints are their own floor, ceiling and truncation, however large.
                return NumberConvert.PlainInt(a.NativeBase);
            }

            if (_op == Log2 || _op == Log10)
            {
                return ip.Numbers.MakeFloat(LogOf(ip, a, _op == Log2 ? 2 : 10));
            }

            double x = MathArgs.ToDouble(ip, a);
            switch (_op)
            {
                case Ceil:
                    return NumberConvert.FloatToInt(Libm.Ceil(x));
                case Floor:
                    return NumberConvert.FloatToInt(Libm.Floor(x));
                case Trunc:
                    return NumberConvert.FloatToInt(Libm.Trunc(x));
                case IsFinite:
                    return PyBool.Of(Libm.IsFinite(x));
                case IsInf:
                    return PyBool.Of(double.IsInfinity(x));
                case IsNaN:
                    return PyBool.Of(double.IsNaN(x));
                case Fabs:
                    return ip.Numbers.MakeFloat(x < 0 || (x == 0 && Libm.CopySign(1, x) < 0) ? -x : x);
                case Degrees:
                    return ip.Numbers.MakeFloat(x * (180.0 / System.Math.PI));
                case Radians:
                    return ip.Numbers.MakeFloat(x * (System.Math.PI / 180.0));
            }

            double r = Eval1(x);
            if ((double.IsNaN(r) && !double.IsNaN(x)) || (double.IsInfinity(r) && !double.IsInfinity(x)))
            {
                throw DomainError();
            }

            return ip.Numbers.MakeFloat(r);
        }

        /// <summary>ValueError("math domain error").</summary>
        internal static PyException DomainError()
        {
            return new PyException(PyExc.ValueError, "math domain error");
        }

        /// <summary>
        /// The natural (base 0), binary (2) or decimal (10) logarithm of a positive real. Ints too large for a float
        /// are handled by their bit length, as CPython does, so math.log(10**400) works.
        /// </summary>
        internal static double LogOf(Interpreter ip, PyObject a, int kind)
        {
            PyBigInt big = a.NativeBase as PyBigInt;
            if (big != null)
            {
                if (big.Sign < 0)
                {
                    throw DomainError();
                }

                // value = top * 2^shift, top holding the leading 60 bits.
                int shift = BigNat.BitLength(big.Mag) - 60;
                double top = BigNat.ToULong(BigNat.ShiftRight(big.Mag, shift));
                double ln = System.Math.Log(top) + shift * Libm.Ln2;
                return kind == 0 ? ln : kind == 2 ? ln / Libm.Ln2 : ln / Ln10;
            }

            double x = MathArgs.ToDouble(ip, a);
            if (double.IsNaN(x) || double.IsPositiveInfinity(x))
            {
                return x;
            }

            if (x <= 0)
            {
                throw DomainError();
            }

            return kind == 0 ? System.Math.Log(x) : kind == 2 ? Libm.Log2(x) : System.Math.Log10(x);
        }

        private double Eval1(double x)
        {
            switch (_op)
            {
                case Sqrt:
                    return System.Math.Sqrt(x);
                case Exp:
                    return System.Math.Exp(x);
                case Expm1:
                    return Libm.Expm1(x);
                case Log1p:
                    return x <= -1 ? (x == -1 ? double.NegativeInfinity : double.NaN) : Libm.Log1p(x);
                case Cosh:
                    return System.Math.Cosh(x);
                case Sinh:
                    return System.Math.Sinh(x);
                case Tanh:
                    return System.Math.Tanh(x);
                case Acosh:
                    return Libm.Acosh(x);
                case Asinh:
                    return Libm.Asinh(x);
                case Atanh:
                    return Libm.Atanh(x);
                case Cos:
                    return System.Math.Cos(x);
                case Sin:
                    return System.Math.Sin(x);
                case Tan:
                    return System.Math.Tan(x);
                case Acos:
                    return System.Math.Acos(x);
                case Asin:
                    return System.Math.Asin(x);
                case Atan:
                    return System.Math.Atan(x);
                case Erf:
                    return Libm.Erf(x);
                case Erfc:
                    return Libm.Erfc(x);
                case Gamma:
                    return Libm.Gamma(x);
                default:
                    return Libm.LGamma(x);
            }
        }

        private double Eval2(double x, double y)
        {
            switch (_op)
            {
                case Pow:
                    return System.Math.Pow(x, y);
                case Atan2:
                    return System.Math.Atan2(x, y);
                case CopySign:
                    return Libm.CopySign(x, y);
                default:
                    return x % y;
            }
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>Python complex: two doubles, arithmetic with ints and floats, == and != only, CPython's repr and hash.</summary>
    public sealed class PyComplex : PyObject
    {
        private static readonly object s_lock = new object();
        private static PyType s_complexType;

        /// <summary>The complex type (made on first use).</summary>
        public static PyType ComplexType
        {
            get { return s_complexType ?? CreateType(); }
        }

        /// <summary>Whether t is complex (without creating the type: it is made on first use).</summary>
        internal static bool IsComplexType(PyType t)
        {
            return ReferenceEquals(t, s_complexType);
        }

        /// <summary>The builtin complex (a lazy builtin).</summary>
        internal static PyObject ComplexBuiltin(Interpreter ip, int index)
        {
            return ComplexType;
        }

        private static PyType CreateType()
        {
            PyType t = new PyType("complex", PyTypes.Object, PyType.FlagBaseType);
            t.New = ComplexMethods.NewComplex;
            lock (s_lock)
            {
                if (s_complexType == null)
                {
                    s_complexType = t;
                }

                return s_complexType;
            }
        }

        /// <summary>Real part.</summary>
        public readonly double Real;

        /// <summary>Imaginary part.</summary>
        public readonly double Imag;

        /// <summary>A complex number.</summary>
        public PyComplex(double real, double imag)
        {
            Real = real;
            Imag = imag;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return ComplexType; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            bool single = NumberTower.IsSingle(ip);
            if (Real == 0 && !Ieee754.IsNegative(Real))
            {
                return Part(Imag, false, single) + "j";
            }

            return "(" + Part(Real, false, single) + Part(Imag, true, single) + "j)";
        }

        private static string Part(double d, bool withSign, bool single)
        {
            // Parts print like repr without the ".0" (with 32-bit floats, like MicroPython's '%.7g').
            string body = single ? FloatFormat.Body(d, 'g', 7, false, false) : FloatFormat.Body(d, 'r', 0, false, false);
            if (double.IsNaN(d))
            {
                return withSign ? "+" + body : body;
            }

            if (Ieee754.IsNegative(d))
            {
                return "-" + body;
            }

            return withSign ? "+" + body : body;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            int h = PyFloat.HashOf(Real) + (1000003 * PyFloat.HashOf(Imag));
            return h == -1 ? -2 : h;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Real != 0 || Imag != 0 ? 1 : 0;
        }

        /// <summary>The complex value of a number (complex, float, int, big int), or false when o is none of them.</summary>
        public static bool TryGet(Interpreter ip, PyObject o, out double re, out double im)
        {
            PyComplex c = o as PyComplex;
            im = 0;
            if (c != null)
            {
                re = c.Real;
                im = c.Imag;
                return true;
            }

            return PyFloat.TryGetDouble(ip, o, out re);
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne)
            {
                return null;
            }

            bool eq;
            PyComplex c = other as PyComplex;
            if (c != null)
            {
                eq = Real == c.Real && Imag == c.Imag;
            }
            else if (other is PyFloat || PyBigInt.IsInt(other))
            {
                eq = Imag == 0 && NumberTower.CompareReal(new PyFloat(Real), other) == 0;
            }
            else
            {
                return null;
            }

            return PyBool.Of(eq == (op == CompareOp.Eq));
        }

        /// <inheritdoc/>
        public override PyObject UnaryOp(Interpreter ip, int op)
        {
            switch (op)
            {
                case Runtime.UnaryOp.Positive:
                    return this;
                case Runtime.UnaryOp.Negative:
                    return new PyComplex(-Real, -Imag);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            double re;
            double im;
            if (!TryGet(ip, other, out re, out im))
            {
                return null;
            }

            return Arith(ip, op, Real, Imag, re, im);
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            double re;
            double im;
            if (!TryGet(ip, other, out re, out im))
            {
                return null;
            }

            return Arith(ip, op, re, im, Real, Imag);
        }

        /// <summary>(ar + ai j) op (br + bi j) for +, -, *, / and **; null for the operators complex lacks.</summary>
        public static PyObject Arith(Interpreter ip, int op, double ar, double ai, double br, double bi)
        {
            if (op >= Runtime.BinaryOp.InplaceOffset)
            {
                op -= Runtime.BinaryOp.InplaceOffset;
            }

            switch (op)
            {
                case Runtime.BinaryOp.Add:
                    return ip.Numbers.MakeComplex(ar + br, ai + bi);
                case Runtime.BinaryOp.Subtract:
                    return ip.Numbers.MakeComplex(ar - br, ai - bi);
                case Runtime.BinaryOp.Multiply:
                    return ip.Numbers.MakeComplex((ar * br) - (ai * bi), (ar * bi) + (ai * br));
                case Runtime.BinaryOp.TrueDivide:
                {
                    double qr;
                    double qi;
                    if (!Quotient(ar, ai, br, bi, out qr, out qi))
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "complex division by zero");
                    }

                    return ip.Numbers.MakeComplex(qr, qi);
                }

                case Runtime.BinaryOp.Power:
                    return Power(ip, ar, ai, br, bi);
            }

            return null;
        }

        /// <summary>CPython's complex quotient (scaled to avoid needless overflow); false for a zero divisor.</summary>
        private static bool Quotient(double ar, double ai, double br, double bi, out double qr, out double qi)
        {
            double absR = br < 0 ? -br : br;
            double absI = bi < 0 ? -bi : bi;
            if (absR >= absI)
            {
                if (absR == 0.0)
                {
                    qr = 0;
                    qi = 0;
                    return false;
                }

                double ratio = bi / br;
                double denom = br + (bi * ratio);
                qr = (ar + (ai * ratio)) / denom;
                qi = (ai - (ar * ratio)) / denom;
            }
            else if (absI >= absR)
            {
                double ratio = br / bi;
                double denom = (br * ratio) + bi;
                qr = ((ar * ratio) + ai) / denom;
                qi = ((ai * ratio) - ar) / denom;
            }
            else
            {
                // NaNs.
                qr = double.NaN;
                qi = double.NaN;
            }

            return true;
        }

        private static PyObject Power(Interpreter ip, double ar, double ai, double br, double bi)
        {
            double rr;
            double ri;
            if (bi == 0 && br == System.Math.Floor(br) && br <= 100 && br >= -100)
            {
                // Small integral exponents by repeated squaring, as CPython (exact for Gaussian integers).
                int n = (int)br;
                int k = n < 0 ? -n : n;
                double pr = ar;
                double pi = ai;
                rr = 1;
                ri = 0;
                while (k > 0)
                {
                    if ((k & 1) != 0)
                    {
                        double t = (rr * pr) - (ri * pi);
                        ri = (rr * pi) + (ri * pr);
                        rr = t;
                    }

                    double s = (pr * pr) - (pi * pi);
                    pi = 2 * pr * pi;
                    pr = s;
                    k >>= 1;
                }

                if (n < 0 && !Quotient(1, 0, rr, ri, out rr, out ri))
                {
                    throw new PyException(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
                }
            }
            else if (br == 0 && bi == 0)
            {
                rr = 1;
                ri = 0;
            }
            else if (ar == 0 && ai == 0)
            {
                if (bi != 0 || br < 0)
                {
                    throw new PyException(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
                }

                rr = 0;
                ri = 0;
            }
            else
            {
                double vabs = Hypot(ar, ai);
                double len = System.Math.Pow(vabs, br);
                double at = System.Math.Atan2(ai, ar);
                double phase = at * br;
                if (bi != 0)
                {
                    len /= System.Math.Exp(at * bi);
                    phase += bi * System.Math.Log(vabs);
                }

                rr = len * System.Math.Cos(phase);
                ri = len * System.Math.Sin(phase);
            }

            if (double.IsInfinity(rr) || double.IsInfinity(ri))
            {
                throw new PyException(PyExc.OverflowError, "complex exponentiation");
            }

            return ip.Numbers.MakeComplex(rr, ri);
        }

        /// <summary>sqrt(x*x + y*y) without needless overflow or underflow.</summary>
        public static double Hypot(double x, double y)
        {
            if (double.IsInfinity(x) || double.IsInfinity(y))
            {
                return double.PositiveInfinity;
            }

            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return double.NaN;
            }

            x = x < 0 ? -x : x;
            y = y < 0 ? -y : y;
            if (x < y)
            {
                double t = x;
                x = y;
                y = t;
            }

            if (x == 0)
            {
                return 0.0;
            }

            if (x < 1e150 && y > 1e-150)
            {
                return System.Math.Sqrt((x * x) + (y * y));
            }

            double r = y / x;
            return x * System.Math.Sqrt(1 + (r * r));
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>
    /// Python float (IEEE double on the host). Arithmetic with ints is done here; printing and parsing, which need exact
    /// decimal conversion, go through <see cref="NumberHooks"/>.
    /// </summary>
    public sealed class PyFloat : PyObject
    {
        /// <summary>The value.</summary>
        public readonly double Value;

        /// <summary>A float.</summary>
        public PyFloat(double value)
        {
            Value = value;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Float; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return ip.Numbers.FloatRepr(Value);
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return HashOf(Value);
        }

        /// <summary>Python's hash of a float: equal to the int hash for integral values (modulo 2^31-1 otherwise).</summary>
        public static int HashOf(double d)
        {
            if (double.IsNaN(d))
            {
                return 0;
            }

            if (double.IsInfinity(d))
            {
                return d > 0 ? 314159 : -314159;
            }

            double t = System.Math.Truncate(d);
            if (t == d)
            {
                if (d >= -9.2e18 && d <= 9.2e18)
                {
                    return PyInt.HashOf((long)d);
                }

                // |d| = m * 2^e with e > 0: (m mod P) * 2^(e mod 31) mod P, as 2^31 = 1 (mod P = 2^31-1), the same
                // reduction as the big-int hash.
                long ibits = System.BitConverter.DoubleToInt64Bits(d);
                ulong m = (ulong)(ibits & 0xFFFFFFFFFFFFFL) | (1UL << 52);
                int e = (int)((ibits >> 52) & 0x7FF) - 1075;
                const ulong P = 0x7FFFFFFF;
                ulong hm = ((m % P) << (e % 31)) % P;
                int r = d < 0 ? -(int)hm : (int)hm;
                return r == -1 ? -2 : r;
            }

            // Mix the bits of the value; only consistency with == matters for non-integral values.
            long bits = System.BitConverter.DoubleToInt64Bits(d);
            int h = (int)(bits ^ (bits >> 32));
            return h == -1 ? -2 : h;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Value != 0.0 ? 1 : 0;
        }

        /// <summary>A float of an int-like or float object, or false when it is neither.</summary>
        public static bool TryGetDouble(Interpreter ip, PyObject o, out double d)
        {
            PyFloat f = o as PyFloat;
            if (f != null)
            {
                d = f.Value;
                return true;
            }

            PyInt i = o as PyInt;
            if (i != null)
            {
                d = i.Value;
                return true;
            }

            return ip.Numbers.TryBigToDouble(ip, o, out d);
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyFloat f = other as PyFloat;
            if (f != null)
            {
                return PyBool.Of(CompareDoubles(op, Value, f.Value));
            }

            PyInt i = other as PyInt;
            if (i != null)
            {
                return PyBool.Of(CompareWithLong(op, Value, i.Value));
            }

            return ip.Numbers.CompareMixed(ip, op, this, other);
        }

        /// <summary>a op b for doubles, with IEEE semantics for NaN.</summary>
        public static bool CompareDoubles(int op, double a, double b)
        {
            switch (op)
            {
                case CompareOp.Lt: return a < b;
                case CompareOp.Le: return a <= b;
                case CompareOp.Eq: return a == b;
                case CompareOp.Ne: return a != b;
                case CompareOp.Gt: return a > b;
                case CompareOp.Ge: return a >= b;
            }

            return false;
        }

        /// <summary>Exact comparison of a double with a long (no rounding of the long).</summary>
        public static bool CompareWithLong(int op, double a, long b)
        {
            if (double.IsNaN(a))
            {
                return op == CompareOp.Ne;
            }

            // Doubles in (-2^63, 2^63) compare exactly after splitting into integral and fractional parts.
            if (a >= 9.2233720368547758e18)
            {
                return CompareResultOf(op, 1);
            }

            if (a < -9.2233720368547758e18)
            {
                return CompareResultOf(op, -1);
            }

            double t = System.Math.Floor(a);
            long ai = (long)t;
            int c;
            if (ai < b)
            {
                c = -1;
            }
            else if (ai > b)
            {
                c = 1;
            }
            else
            {
                c = a > t ? 1 : 0;
            }

            return CompareResultOf(op, c);
        }

        private static bool CompareResultOf(int op, int c)
        {
            return Ops.CompareResult(op, c);
        }

        /// <inheritdoc/>
        public override PyObject UnaryOp(Interpreter ip, int op)
        {
            switch (op)
            {
                case Runtime.UnaryOp.Positive:
                    return this;
                case Runtime.UnaryOp.Negative:
                    return new PyFloat(-Value);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            double b;
            PyFloat f = other as PyFloat;
            if (f != null)
            {
                b = f.Value;
            }
            else
            {
                PyInt i = other as PyInt;
                if (i != null)
                {
                    b = i.Value;
                }
                else if (!ip.Numbers.TryBigToDouble(ip, other, out b))
                {
                    return ip.Numbers.FloatBinaryMixed(ip, op, this, other);
                }
            }

            return Arith(ip, op, Value, b);
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            double a;
            PyInt i = other as PyInt;
            if (i != null)
            {
                a = i.Value;
            }
            else if (!ip.Numbers.TryBigToDouble(ip, other, out a))
            {
                return null;
            }

            return Arith(ip, op, a, Value);
        }

        /// <summary>a op b on doubles with Python's semantics (floor division and modulo, errors).</summary>
        public static PyObject Arith(Interpreter ip, int op, double a, double b)
        {
            if (op >= Runtime.BinaryOp.InplaceOffset)
            {
                op -= Runtime.BinaryOp.InplaceOffset;
            }

            switch (op)
            {
                case Runtime.BinaryOp.Add:
                    return ip.Numbers.MakeFloat(a + b);
                case Runtime.BinaryOp.Subtract:
                    return ip.Numbers.MakeFloat(a - b);
                case Runtime.BinaryOp.Multiply:
                    return ip.Numbers.MakeFloat(a * b);
                case Runtime.BinaryOp.TrueDivide:
                    if (b == 0.0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "float division by zero");
                    }

                    return ip.Numbers.MakeFloat(a / b);
                case Runtime.BinaryOp.FloorDivide:
                    if (b == 0.0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "float floor division by zero");
                    }

                    return ip.Numbers.MakeFloat(FloorDiv(a, b));
                case Runtime.BinaryOp.Modulo:
                    if (b == 0.0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "float modulo");
                    }

                    return ip.Numbers.MakeFloat(Mod(a, b));
                case Runtime.BinaryOp.Power:
                    return ip.Numbers.FloatPow(ip, a, b);
            }

            return null;
        }

        /// <summary>Python's float modulo (CPython's float_rem, exact through fmod): the result has the sign of b (b != 0).</summary>
        public static double Mod(double a, double b)
        {
            double mod = a % b;
            if (mod != 0)
            {
                if ((b < 0) != (mod < 0))
                {
                    mod += b;
                }
            }
            else
            {
                mod = System.BitConverter.DoubleToInt64Bits(b) < 0 ? -0.0 : 0.0;
            }

            return mod;
        }

        /// <summary>Python's float floor division (CPython's float_floor_div through float_divmod; b != 0).</summary>
        public static double FloorDiv(double a, double b)
        {
            double mod = a % b;
            double div = (a - mod) / b;
            if (mod != 0 && (b < 0) != (mod < 0))
            {
                div -= 1.0;
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

            // A zero quotient takes the sign of a / b.
            return (System.BitConverter.DoubleToInt64Bits(a) < 0) != (System.BitConverter.DoubleToInt64Bits(b) < 0) ? -0.0 : 0.0;
        }
    }
}

namespace NanoPython.Runtime
{
    /// <summary>
    /// Python int within the 64-bit range. Values in [SmallMin, SmallMax] come from a shared cache, so small-int
    /// arithmetic allocates nothing. Results that overflow 64 bits are handed to the big-integer implementation of the
    /// Numbers assembly (<see cref="NumberHooks"/>), which hands back a PyInt again whenever a result fits (demotion).
    /// nanoFramework's <c>checked</c> does not trap, so every overflow test here is explicit.
    /// </summary>
    public class PyInt : PyObject
    {
#if NANOPY_HOST
        /// <summary>Smallest cached value.</summary>
        public const int SmallMin = -256;

        /// <summary>Largest cached value (host build: a larger cache; memory is plentiful).</summary>
        public const int SmallMax = 16384;
#else
        /// <summary>Smallest cached value (device build: CPython's range, -5..256).</summary>
        public const int SmallMin = -5;

        /// <summary>
        /// Largest cached value (device build: the cache is filled lazily and kept small; every slot of a reference
        /// array is a 12-byte heap block on nanoFramework, so 262 slots cost about 3 KB).
        /// </summary>
        public const int SmallMax = 256;
#endif

        private static readonly PyInt[] s_small = new PyInt[SmallMax - SmallMin + 1];

        /// <summary>The value.</summary>
        public readonly long Value;

        /// <summary>Use <see cref="Get(long)"/>; subclasses (bool) construct directly.</summary>
        protected PyInt(long value)
        {
            Value = value;
        }

        /// <summary>0.</summary>
        public static readonly PyInt Zero = Get(0);

        /// <summary>1.</summary>
        public static readonly PyInt One = Get(1);

        /// <summary>-1.</summary>
        public static readonly PyInt MinusOne = Get(-1);

        /// <summary>The int object for a value (cached when small).</summary>
        public static PyInt Get(long v)
        {
            if (v >= SmallMin && v <= SmallMax)
            {
                int i = (int)v - SmallMin;
                PyInt r = s_small[i];
                if (r == null)
                {
                    r = new PyInt(v);
                    s_small[i] = r;
                }

                return r;
            }

            return new PyInt(v);
        }

        /// <summary>The int object for a value (cached when small).</summary>
        public static PyInt Get(int v)
        {
            if (v >= SmallMin && v <= SmallMax)
            {
                int i = v - SmallMin;
                PyInt r = s_small[i];
                if (r == null)
                {
                    r = new PyInt(v);
                    s_small[i] = r;
                }

                return r;
            }

            return new PyInt(v);
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Int; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return ToDecimal(Value);
        }

        /// <summary>Decimal text of a long (no culture, no allocation beyond the result).</summary>
        public static string ToDecimal(long v)
        {
            if (v == 0)
            {
                return "0";
            }

            char[] buf = new char[20];
            int p = 20;
            bool neg = v < 0;
            ulong u = neg ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            while (u != 0)
            {
                buf[--p] = (char)('0' + (int)(u % 10));
                u /= 10;
            }

            if (neg)
            {
                return "-" + new string(buf, p, 20 - p);
            }

            return new string(buf, p, 20 - p);
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return HashOf(Value);
        }

        /// <summary>
        /// Python's hash of an integer, reduced modulo 2^31-1 (as CPython reduces modulo 2^61-1), so that equal ints and
        /// floats hash alike. -1 maps to -2.
        /// </summary>
        public static int HashOf(long v)
        {
            if (v >= -0x7FFFFFFE && v <= 0x7FFFFFFE)
            {
                return v == -1 ? -2 : (int)v;
            }

            const long P = 0x7FFFFFFF;
            bool neg = v < 0;
            ulong u = neg ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            long r = (long)(u % (ulong)P);
            if (neg)
            {
                r = -r;
            }

            return r == -1 ? -2 : (int)r;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return Value != 0 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            PyInt o = other as PyInt;
            if (o != null)
            {
                long a = Value;
                long b = o.Value;
                return PyBool.Of(Ops.CompareResult(op, a < b ? -1 : a > b ? 1 : 0));
            }

            return ip.Numbers.CompareMixed(ip, op, this, other);
        }

        /// <inheritdoc/>
        public override PyObject UnaryOp(Interpreter ip, int op)
        {
            switch (op)
            {
                case Runtime.UnaryOp.Positive:
                    return Type == PyTypes.Int ? this : Get(Value);
                case Runtime.UnaryOp.Negative:
                    if (Value == long.MinValue)
                    {
                        return ip.Numbers.Negate(ip, this);
                    }

                    return Get(-Value);
                case Runtime.UnaryOp.Invert:
                    return Get(~Value);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            PyInt o = other as PyInt;
            if (o != null)
            {
                return Arith(ip, op, Value, o.Value, this, o);
            }

            return ip.Numbers.BinaryMixed(ip, op, this, other);
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            PyInt o = other as PyInt;
            if (o != null)
            {
                return Arith(ip, op, o.Value, Value, o, this);
            }

            return ip.Numbers.ReflectedBinaryMixed(ip, op, this, other);
        }

        /// <summary>
        /// a op b on two 64-bit ints; falls back to big integers on overflow. ao and bo are the operand objects (for the
        /// big-integer fallback, which needs them).
        /// </summary>
        public static PyObject Arith(Interpreter ip, int op, long a, long b, PyObject ao, PyObject bo)
        {
            if (op >= Runtime.BinaryOp.InplaceOffset)
            {
                op -= Runtime.BinaryOp.InplaceOffset;
            }

            switch (op)
            {
                case Runtime.BinaryOp.Add:
                {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) < 0)
                    {
                        return ip.Numbers.BigBinary(ip, op, ao, bo);
                    }

                    return Get(r);
                }

                case Runtime.BinaryOp.Subtract:
                {
                    long r = a - b;
                    if (((a ^ b) & (a ^ r)) < 0)
                    {
                        return ip.Numbers.BigBinary(ip, op, ao, bo);
                    }

                    return Get(r);
                }

                case Runtime.BinaryOp.Multiply:
                {
                    if (a >= int.MinValue && a <= int.MaxValue && b >= int.MinValue && b <= int.MaxValue)
                    {
                        return Get(a * b);
                    }

                    long r = MulOrOverflow(a, b);
                    if (r == long.MinValue && !(a == long.MinValue && b == 1) && !(b == long.MinValue && a == 1))
                    {
                        return ip.Numbers.BigBinary(ip, op, ao, bo);
                    }

                    return Get(r);
                }

                case Runtime.BinaryOp.FloorDivide:
                {
                    if (b == 0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "integer division or modulo by zero");
                    }

                    if (a == long.MinValue && b == -1)
                    {
                        return ip.Numbers.BigBinary(ip, op, ao, bo);
                    }

                    return Get(FloorDiv(a, b));
                }

                case Runtime.BinaryOp.Modulo:
                {
                    if (b == 0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "integer modulo by zero");
                    }

                    if (b == -1)
                    {
                        return Zero;
                    }

                    return Get(FloorMod(a, b));
                }

                case Runtime.BinaryOp.TrueDivide:
                    if (b == 0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "division by zero");
                    }

                    return ip.Numbers.TrueDivide(ip, ao, bo);
                case Runtime.BinaryOp.Power:
                    if (b < 0)
                    {
                        if (a == 0)
                        {
                            throw new PyException(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
                        }

                        return ip.Numbers.FloatPower(ip, ao, bo);
                    }

                    return Pow(ip, a, b, ao, bo);
                case Runtime.BinaryOp.LShift:
                    if (b < 0)
                    {
                        throw new PyException(PyExc.ValueError, "negative shift count");
                    }

                    if (a == 0)
                    {
                        return Zero;
                    }

                    if (b < 62)
                    {
                        long r = a << (int)b;
                        if ((r >> (int)b) == a)
                        {
                            return Get(r);
                        }
                    }

                    return ip.Numbers.BigBinary(ip, op, ao, bo);
                case Runtime.BinaryOp.RShift:
                    if (b < 0)
                    {
                        throw new PyException(PyExc.ValueError, "negative shift count");
                    }

                    return Get(b >= 64 ? (a < 0 ? -1 : 0) : a >> (int)b);
                case Runtime.BinaryOp.And:
                    return Get(a & b);
                case Runtime.BinaryOp.Xor:
                    return Get(a ^ b);
                case Runtime.BinaryOp.Or:
                    return Get(a | b);
            }

            return null;
        }

        /// <summary>Floor division of longs (b != 0, not MinValue / -1).</summary>
        public static long FloorDiv(long a, long b)
        {
            long q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0)))
            {
                q--;
            }

            return q;
        }

        /// <summary>Python modulo of longs: the result has the sign of b (b != 0).</summary>
        public static long FloorMod(long a, long b)
        {
            long m = a % b;
            if (m != 0 && ((m < 0) != (b < 0)))
            {
                m += b;
            }

            return m;
        }

        /// <summary>a * b, or long.MinValue when the product does not fit (checked without the runtime's help).</summary>
        public static long MulOrOverflow(long a, long b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }

            bool neg = (a < 0) != (b < 0);
            if (a == long.MinValue || b == long.MinValue)
            {
                return long.MinValue;
            }

            ulong ua = (ulong)(a < 0 ? -a : a);
            ulong ub = (ulong)(b < 0 ? -b : b);

            // Split into 32-bit halves; the product fits in 63 bits only if the high halves allow it.
            ulong aHi = ua >> 32;
            ulong bHi = ub >> 32;
            if (aHi != 0 && bHi != 0)
            {
                return long.MinValue;
            }

            ulong aLo = ua & 0xFFFFFFFF;
            ulong bLo = ub & 0xFFFFFFFF;
            ulong cross = aHi * bLo + bHi * aLo;
            if (cross > 0x7FFFFFFF)
            {
                return long.MinValue;
            }

            ulong low = aLo * bLo;
            ulong result = low + (cross << 32);
            if (result < low || result > 0x7FFFFFFFFFFFFFFF)
            {
                return long.MinValue;
            }

            return neg ? -(long)result : (long)result;
        }

        private static PyObject Pow(Interpreter ip, long a, long b, PyObject ao, PyObject bo)
        {
            long result = 1;
            long bas = a;
            long e = b;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    long r = MulOrOverflow(result, bas);
                    if (r == long.MinValue && !(result == 1 && bas == long.MinValue))
                    {
                        return ip.Numbers.BigBinary(ip, Runtime.BinaryOp.Power, ao, bo);
                    }

                    result = r;
                }

                e >>= 1;
                if (e > 0)
                {
                    long sq = MulOrOverflow(bas, bas);
                    if (sq == long.MinValue)
                    {
                        return ip.Numbers.BigBinary(ip, Runtime.BinaryOp.Power, ao, bo);
                    }

                    bas = sq;
                }
            }

            return Get(result);
        }
    }
}

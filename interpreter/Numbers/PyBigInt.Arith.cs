using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    public sealed partial class PyBigInt
    {
#if NANOPY_HOST
        /// <summary>Largest result (in bits) that ** and &lt;&lt; attempt before raising MemoryError (host: 32 MB).</summary>
        public const long MaxResultBits = 1L << 28;
#else
        /// <summary>Largest result (in bits) that ** and &lt;&lt; attempt before raising MemoryError (device: 128 KB, more than the heap).</summary>
        public const long MaxResultBits = 1L << 20;
#endif

        /// <summary>a op b for two ints (PyInt or PyBigInt, in any combination) with Python's semantics.</summary>
        public static PyObject IntArith(Interpreter ip, int op, PyObject a, PyObject b)
        {
            if (op >= Runtime.BinaryOp.InplaceOffset)
            {
                op -= Runtime.BinaryOp.InplaceOffset;
            }

            int sa;
            int sb;
            uint[] ma = MagnitudeOf(a, out sa);
            uint[] mb = MagnitudeOf(b, out sb);
            switch (op)
            {
                case Runtime.BinaryOp.Add:
                    return AddSigned(sa, ma, sb, mb);
                case Runtime.BinaryOp.Subtract:
                    return AddSigned(sa, ma, -sb, mb);
                case Runtime.BinaryOp.Multiply:
                    return Create(sa * sb, BigNat.Multiply(ma, mb));
                case Runtime.BinaryOp.FloorDivide:
                case Runtime.BinaryOp.Modulo:
                {
                    if (sb == 0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, op == Runtime.BinaryOp.Modulo ? "integer modulo by zero" : "integer division or modulo by zero");
                    }

                    PyObject r;
                    PyObject q = DivMod(sa, ma, sb, mb, out r);
                    return op == Runtime.BinaryOp.FloorDivide ? q : r;
                }

                case Runtime.BinaryOp.TrueDivide:
                    if (sb == 0)
                    {
                        throw new PyException(PyExc.ZeroDivisionError, "division by zero");
                    }

                    return ip.Numbers.TrueDivide(ip, a, b);
                case Runtime.BinaryOp.Power:
                    if (sb < 0)
                    {
                        if (sa == 0)
                        {
                            throw new PyException(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
                        }

                        return ip.Numbers.FloatPower(ip, a, b);
                    }

                    return Power(sa, ma, b);
                case Runtime.BinaryOp.LShift:
                case Runtime.BinaryOp.RShift:
                    return Shift(op == Runtime.BinaryOp.LShift, sa, ma, sb, b);
                case Runtime.BinaryOp.And:
                case Runtime.BinaryOp.Xor:
                case Runtime.BinaryOp.Or:
                    return Bitwise(op, sa, ma, sb, mb);
            }

            return null;
        }

        /// <summary>sa*ma + sb*mb.</summary>
        public static PyObject AddSigned(int sa, uint[] ma, int sb, uint[] mb)
        {
            if (sa == 0)
            {
                return Create(sb, mb);
            }

            if (sb == 0 || sa == sb)
            {
                return Create(sa, BigNat.Add(ma, mb));
            }

            int c = BigNat.Compare(ma, mb);
            if (c == 0)
            {
                return PyInt.Zero;
            }

            return c > 0 ? Create(sa, BigNat.Subtract(ma, mb)) : Create(sb, BigNat.Subtract(mb, ma));
        }

        /// <summary>Floor division and modulo (the remainder takes the divisor's sign); sb != 0.</summary>
        public static PyObject DivMod(int sa, uint[] ma, int sb, uint[] mb, out PyObject rem)
        {
            uint[] r;
            uint[] q = BigNat.DivRem(ma, mb, out r);
            if (sa * sb < 0 && r.Length != 0)
            {
                q = BigNat.AddSmall(q, 1);
                r = BigNat.Subtract(mb, r);
            }

            rem = Create(sb, r);
            return Create(sa * sb, q);
        }

        private static PyObject Power(int sa, uint[] ma, PyObject exponent)
        {
            PyBigInt be = exponent as PyBigInt;
            bool odd = be != null ? (be.Mag[0] & 1) != 0 : (((PyInt)exponent).Value & 1) != 0;
            int sign = sa < 0 && odd ? -1 : 1;
            if (ma.Length == 0 || (ma.Length == 1 && ma[0] == 1))
            {
                // 0, 1 and -1 to any power, however large.
                long e = be != null ? 1 : ((PyInt)exponent).Value;
                return e == 0 ? PyInt.One : Create(sign, ma);
            }

            long n = be != null ? long.MaxValue : ((PyInt)exponent).Value;
            if (be != null || (double)(BigNat.BitLength(ma) - 1) * n > MaxResultBits)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            return Create(sign, BigNat.Pow(ma, n));
        }

        private static PyObject Shift(bool left, int sa, uint[] ma, int sb, PyObject count)
        {
            if (sb < 0)
            {
                throw new PyException(PyExc.ValueError, "negative shift count");
            }

            if (sa == 0)
            {
                return PyInt.Zero;
            }

            PyInt small = count as PyInt;
            if (left)
            {
                if (small == null || small.Value > MaxResultBits)
                {
                    throw new PyException(PyExc.MemoryError, string.Empty);
                }

                return Create(sa, BigNat.ShiftLeft(ma, (int)small.Value));
            }

            if (small == null || small.Value >= BigNat.BitLength(ma))
            {
                return sa < 0 ? PyInt.MinusOne : PyInt.Zero;
            }

            int n = (int)small.Value;
            if (sa > 0)
            {
                return Create(1, BigNat.ShiftRight(ma, n));
            }

            // Floor semantics on negatives: -((|a| - 1) >> n) - 1.
            uint[] t = BigNat.ShiftRight(BigNat.Subtract(ma, BigNat.One), n);
            return Create(-1, BigNat.AddSmall(t, 1));
        }

        private static PyObject Bitwise(int op, int sa, uint[] ma, int sb, uint[] mb)
        {
            // Two's complement over one limb more than the longer operand, so the top limb holds the sign.
            int len = (ma.Length > mb.Length ? ma.Length : mb.Length) + 1;
            uint[] x = ToTwos(sa, ma, len);
            uint[] y = ToTwos(sb, mb, len);
            for (int i = 0; i < len; i++)
            {
                switch (op)
                {
                    case Runtime.BinaryOp.And:
                        x[i] &= y[i];
                        break;
                    case Runtime.BinaryOp.Or:
                        x[i] |= y[i];
                        break;
                    default:
                        x[i] ^= y[i];
                        break;
                }
            }

            if ((x[len - 1] & 0x80000000) == 0)
            {
                return Create(1, BigNat.Trim(x, len));
            }

            Negate(x);
            return Create(-1, BigNat.Trim(x, len));
        }

        private static uint[] ToTwos(int sign, uint[] mag, int len)
        {
            uint[] r = new uint[len];
            System.Array.Copy(mag, r, mag.Length);
            if (sign < 0)
            {
                Negate(r);
            }

            return r;
        }

        private static void Negate(uint[] r)
        {
            // In place two's complement negation: invert and add one.
            ulong carry = 1;
            for (int i = 0; i < r.Length; i++)
            {
                carry += ~r[i];
                r[i] = (uint)carry;
                carry >>= 32;
            }
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>
    /// A Python int outside the 64-bit range: sign and magnitude (<see cref="BigNat"/> limbs). Its type is int, so
    /// type(2**100) is int. Invariant: a PyBigInt never holds a value that fits a long; every result goes through
    /// <see cref="Create"/>, which hands back a <see cref="PyInt"/> when it fits, so small-int fast paths stay fast and a
    /// PyBigInt is never equal to a PyInt.
    /// </summary>
    public sealed partial class PyBigInt : PyObject
    {
        /// <summary>1 or -1 (zero is always a PyInt).</summary>
        public readonly int Sign;

        /// <summary>The magnitude (normalized, at least 64 bits; shared, never modified).</summary>
        public readonly uint[] Mag;

        private PyBigInt(int sign, uint[] mag)
        {
            Sign = sign;
            Mag = mag;
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return PyTypes.Int; }
        }

        /// <summary>The int sign * mag: a PyInt when it fits a long, else a PyBigInt.</summary>
        public static PyObject Create(int sign, uint[] mag)
        {
            int n = mag.Length;
            if (n <= 2)
            {
                ulong u = BigNat.ToULong(mag);
                if (u <= long.MaxValue)
                {
                    return PyInt.Get(sign < 0 ? -(long)u : (long)u);
                }

                if (sign < 0 && u == 0x8000000000000000UL)
                {
                    return PyInt.Get(long.MinValue);
                }
            }

            return new PyBigInt(sign < 0 ? -1 : 1, mag);
        }

        /// <summary>The magnitude of an int (PyInt or PyBigInt) with its sign (-1, 0, 1).</summary>
        public static uint[] MagnitudeOf(PyObject o, out int sign)
        {
            PyBigInt b = o as PyBigInt;
            if (b != null)
            {
                sign = b.Sign;
                return b.Mag;
            }

            long v = ((PyInt)o).Value;
            sign = v < 0 ? -1 : v > 0 ? 1 : 0;
            return BigNat.FromULong(v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v);
        }

        /// <summary>The int of a long (a PyInt).</summary>
        public static PyObject FromLong(long v)
        {
            return PyInt.Get(v);
        }

        /// <summary>Whether o is an int (small or big, bool included).</summary>
        public static bool IsInt(PyObject o)
        {
            return o is PyInt || o is PyBigInt;
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            string s = BigNat.ToString(Mag, 10);
            return Sign < 0 ? "-" + s : s;
        }

        /// <inheritdoc/>
        public override int Hash(Interpreter ip)
        {
            return HashOf(Sign, Mag);
        }

        /// <summary>The hash of sign * mag modulo 2^31-1, consistent with <see cref="PyInt.HashOf"/>.</summary>
        public static int HashOf(int sign, uint[] mag)
        {
            // 2^32 = 2 (mod 2^31-1), so the limbs fold with a doubling.
            const ulong P = 0x7FFFFFFF;
            ulong h = 0;
            for (int i = mag.Length - 1; i >= 0; i--)
            {
                h = ((h << 1) + mag[i]) % P;
            }

            int r = sign < 0 ? -(int)h : (int)h;
            return r == -1 ? -2 : r;
        }

        /// <inheritdoc/>
        public override int Truth(Interpreter ip)
        {
            return 1;
        }

        /// <inheritdoc/>
        public override PyObject RichCompare(Interpreter ip, int op, PyObject other)
        {
            if (other is PyInt || other is PyBigInt)
            {
                return PyBool.Of(Ops.CompareResult(op, CompareInts(this, other)));
            }

            return ip.Numbers.CompareMixed(ip, op, this, other);
        }

        /// <summary>-1, 0 or 1 comparing two ints (small or big).</summary>
        public static int CompareInts(PyObject a, PyObject b)
        {
            int sa;
            int sb;
            uint[] ma = MagnitudeOf(a, out sa);
            uint[] mb = MagnitudeOf(b, out sb);
            if (sa != sb)
            {
                return sa < sb ? -1 : 1;
            }

            int c = BigNat.Compare(ma, mb);
            return sa < 0 ? -c : c;
        }

        /// <inheritdoc/>
        public override PyObject UnaryOp(Interpreter ip, int op)
        {
            switch (op)
            {
                case Runtime.UnaryOp.Positive:
                    return this;
                case Runtime.UnaryOp.Negative:
                    return Create(-Sign, Mag);
                case Runtime.UnaryOp.Invert:
                    // ~x == -x - 1
                    return AddSigned(-Sign, Mag, -1, BigNat.One);
            }

            return null;
        }

        /// <inheritdoc/>
        public override PyObject BinaryOp(Interpreter ip, int op, PyObject other)
        {
            if (other is PyInt || other is PyBigInt)
            {
                return IntArith(ip, op, this, other);
            }

            return NumberTower.ArithNonInt(ip, op, this, other, false);
        }

        /// <inheritdoc/>
        public override PyObject ReflectedBinaryOp(Interpreter ip, int op, PyObject other)
        {
            if (other is PyInt || other is PyBigInt)
            {
                return IntArith(ip, op, other, this);
            }

            return NumberTower.ArithNonInt(ip, op, this, other, true);
        }
    }
}

namespace NanoPython.Numbers
{
    /// <summary>
    /// Exact conversions between binary floating point and integers: decomposing a double into mantissa and exponent,
    /// and rounding an exact binary value (a 64-bit mantissa, an exponent and a sticky bit for anything beyond) to the
    /// nearest double or single, ties to even, subnormals included. Every correctly rounded conversion of this assembly
    /// (big int to float, int / int, float parsing, float.fromhex) ends here. A single-precision result is returned as
    /// the double of the same value, which is always exact.
    /// </summary>
    public static class Ieee754
    {
        private const long MantissaMask = 0xFFFFFFFFFFFFFL;

        /// <summary>|d| = mantissa * 2^exponent for a finite d (mantissa 0 for zero).</summary>
        public static ulong Decompose(double d, out int exponent)
        {
            long bits = System.BitConverter.DoubleToInt64Bits(d);
            int be = (int)((bits >> 52) & 0x7FF);
            ulong f = (ulong)(bits & MantissaMask);
            if (be == 0)
            {
                exponent = -1074;
                return f;
            }

            exponent = be - 1075;
            return f | (1UL << 52);
        }

        /// <summary>Whether the sign bit of d is set (true for -0.0).</summary>
        public static bool IsNegative(double d)
        {
            return System.BitConverter.DoubleToInt64Bits(d) < 0;
        }

        /// <summary>Number of significant bits of a ulong.</summary>
        public static int BitLength(ulong v)
        {
            uint hi = (uint)(v >> 32);
            return hi != 0 ? 32 + BigNat.BitLength(hi) : BigNat.BitLength((uint)v);
        }

        /// <summary>
        /// The value m * 2^e, plus a positive amount below one unit of m's last place when sticky is set, rounded to the
        /// nearest double (or single, as a double) with ties to even; infinity when it overflows. When sticky is set, m
        /// must have at least 54 significant bits so the rounding decision sees every bit it needs.
        /// </summary>
        public static double Round(ulong m, int e, bool sticky, bool single)
        {
            if (m == 0)
            {
                return 0.0;
            }

            int prec = single ? 24 : 53;
            int emin = single ? -126 : -1022;
            int emax = single ? 127 : 1023;
            int lz = 64 - BitLength(m);
            m <<= lz;
            e -= lz;
            int top = e + 63;
            if (top > emax + 1)
            {
                return double.PositiveInfinity;
            }

            int keep = top >= emin ? prec : prec - (emin - top);
            if (keep < 0)
            {
                return 0.0;
            }

            int drop = 64 - keep;
            ulong q;
            bool up;
            if (drop == 64)
            {
                q = 0;
                up = m > 0x8000000000000000UL || (m == 0x8000000000000000UL && sticky);
            }
            else
            {
                q = m >> drop;
                ulong rem = m & ((1UL << drop) - 1);
                ulong half = 1UL << (drop - 1);
                up = rem > half || (rem == half && (sticky || (q & 1) != 0));
            }

            if (up)
            {
                q++;
            }

            if (q == 0)
            {
                return 0.0;
            }

            int lsb = top - keep + 1;
            if (lsb + BitLength(q) - 1 > emax)
            {
                return double.PositiveInfinity;
            }

            return Build(q, lsb);
        }

        /// <summary>The double q * 2^e, which must be exactly representable (q &lt; 2^54).</summary>
        public static double Build(ulong q, int e)
        {
            int len = BitLength(q);
            int top = e + len - 1;
            long bits;
            if (top >= -1022)
            {
                ulong mant = len <= 53 ? q << (53 - len) : q >> (len - 53);
                bits = ((long)(top + 1023) << 52) | (long)(mant & MantissaMask);
            }
            else
            {
                bits = (long)(q << (e + 1074));
            }

            return System.BitConverter.Int64BitsToDouble(bits);
        }

        /// <summary>The integer part of |d| (finite) as a natural number.</summary>
        public static uint[] IntegerPart(double d)
        {
            int e;
            ulong m = Decompose(d, out e);
            if (e >= 0)
            {
                return BigNat.ShiftLeft(BigNat.FromULong(m), e);
            }

            return e <= -64 ? BigNat.Zero : BigNat.FromULong(m >> -e);
        }

        /// <summary>The nearest double (or single) to the natural number mag; infinity when too large.</summary>
        public static double FromNat(uint[] mag, bool single)
        {
            int len = BigNat.BitLength(mag);
            if (len <= 64)
            {
                return Round(BigNat.ToULong(mag), 0, false, single);
            }

            return Round(BigNat.Bits64(mag, len), len - 64, BigNat.AnyLowBits(mag, len - 64), single);
        }

        /// <summary>The nearest double (or single) to n / d (both positive); infinity when too large.</summary>
        public static double FromRatio(uint[] n, uint[] d, bool single)
        {
            int k = BigNat.BitLength(n) - BigNat.BitLength(d);
            int s = 64 - k;
            uint[] num = s > 0 ? BigNat.ShiftLeft(n, s) : n;
            uint[] den = s < 0 ? BigNat.ShiftLeft(d, -s) : d;
            uint[] r;
            uint[] q = BigNat.DivRem(num, den, out r);
            bool sticky = r.Length != 0;
            int len = BigNat.BitLength(q);
            if (len > 64)
            {
                sticky |= BigNat.AnyLowBits(q, len - 64);
                return Round(BigNat.Bits64(q, len), len - 64 - s, sticky, single);
            }

            return Round(BigNat.ToULong(q), -s, sticky, single);
        }
    }
}

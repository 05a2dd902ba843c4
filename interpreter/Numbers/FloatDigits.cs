namespace NanoPython.Numbers
{
    /// <summary>
    /// Exact decimal digits of doubles, computed with big integers (no double arithmetic touches a digit):
    /// the shortest digits that read back to the same double (Steele and White's free-format algorithm in Burger and
    /// Dybvig's formulation, as repr needs), and the digits of a value rounded half-even at a decimal position (as
    /// format's 'e', 'f' and 'g' need, and round(x, n)). Digit strings carry no sign and no decimal point; the decimal
    /// exponent says where the point goes.
    /// </summary>
    public static class FloatDigits
    {
        // log10(2), for estimating decimal exponents from binary ones (always corrected exactly afterwards).
        private const double Log10Of2 = 0.30102999566398120;

        /// <summary>
        /// The shortest digits d1 d2 ... dn of a positive finite double v such that 0.d1...dn * 10^(exp10 + 1) reads
        /// back as v (round-half-even reading), the closest such when several exist; exp10 is the decimal exponent of
        /// the first digit (v = d1.d2...dn * 10^exp10).
        /// </summary>
        public static string Shortest(double v, out int exp10)
        {
            int e;
            ulong m = Ieee754.Decompose(v, out e);
            if (e >= 0 && e <= 10 || (e < 0 && e > -53 && (m & ((1UL << -e) - 1)) == 0))
            {
                // An integer below 2^63: its own digits (less trailing zeros) are the shortest, as every
                // neighbouring double is at least one away.
                ulong iv = e >= 0 ? m << e : m >> -e;
                if (iv < (1UL << 53))
                {
                    return IntegerDigits(iv, out exp10);
                }
            }

            bool even = (m & 1) == 0;

            // The lower neighbour is closer when m is a power of two (and not the smallest normal).
            bool closer = m == (1UL << 52) && e > -1074;
            uint[] r;
            uint[] s;
            uint[] mPlus;
            uint[] mMinus;
            uint[] mm = BigNat.FromULong(m);
            if (e >= 0)
            {
                uint[] be = BigNat.ShiftLeft(BigNat.One, e);
                if (!closer)
                {
                    r = BigNat.ShiftLeft(mm, e + 1);
                    s = BigNat.FromULong(2);
                    mPlus = be;
                    mMinus = be;
                }
                else
                {
                    r = BigNat.ShiftLeft(mm, e + 2);
                    s = BigNat.FromULong(4);
                    mPlus = BigNat.ShiftLeft(be, 1);
                    mMinus = be;
                }
            }
            else if (!closer)
            {
                r = BigNat.ShiftLeft(mm, 1);
                s = BigNat.ShiftLeft(BigNat.One, 1 - e);
                mPlus = BigNat.One;
                mMinus = BigNat.One;
            }
            else
            {
                r = BigNat.ShiftLeft(mm, 2);
                s = BigNat.ShiftLeft(BigNat.One, 2 - e);
                mPlus = BigNat.FromULong(2);
                mMinus = BigNat.One;
            }

            // k = ceil(log10(v)) estimated from the binary exponent; never too large, corrected upwards below.
            int k = (int)System.Math.Ceiling((e + Ieee754.BitLength(m) - 1) * Log10Of2);
            if (k >= 0)
            {
                s = BigNat.Multiply(s, BigNat.Pow10(k));
            }
            else
            {
                uint[] scale = BigNat.Pow10(-k);
                r = BigNat.Multiply(r, scale);
                mPlus = BigNat.Multiply(mPlus, scale);
                mMinus = ReferenceEquals(mMinus, BigNat.One) && !closer ? mPlus : BigNat.Multiply(mMinus, scale);
            }

            while (HighAbove(r, mPlus, s, even))
            {
                s = BigNat.MultiplyAdd(s, 10, 0);
                k++;
            }

            exp10 = k - 1;
            char[] digits = new char[24];
            int n = 0;
            while (true)
            {
                r = BigNat.MultiplyAdd(r, 10, 0);
                mPlus = BigNat.MultiplyAdd(mPlus, 10, 0);
                mMinus = BigNat.MultiplyAdd(mMinus, 10, 0);
                int d = 0;
                while (BigNat.Compare(r, s) >= 0)
                {
                    r = BigNat.Subtract(r, s);
                    d++;
                }

                int low = BigNat.Compare(r, mMinus);
                bool tc1 = even ? low <= 0 : low < 0;
                bool tc2 = HighAbove(r, mPlus, s, even);
                if (!tc1 && !tc2)
                {
                    digits[n++] = (char)('0' + d);
                    continue;
                }

                if (tc1 && tc2)
                {
                    // Both d and d + 1 read back: take the closer, the even one on a tie.
                    int c = BigNat.Compare(BigNat.ShiftLeft(r, 1), s);
                    if (c > 0 || (c == 0 && (d & 1) != 0))
                    {
                        d++;
                    }
                }
                else if (tc2)
                {
                    d++;
                }

                digits[n++] = (char)('0' + d);
                break;
            }

            return new string(digits, 0, n);
        }

        private static bool HighAbove(uint[] r, uint[] mPlus, uint[] s, bool even)
        {
            int c = BigNat.Compare(BigNat.Add(r, mPlus), s);
            return even ? c >= 0 : c > 0;
        }

        private static string IntegerDigits(ulong v, out int exp10)
        {
            string s = BigNat.ToString(BigNat.FromULong(v), 10);
            exp10 = s.Length - 1;
            int end = s.Length;
            while (end > 1 && s[end - 1] == '0')
            {
                end--;
            }

            return s.Substring(0, end);
        }

        /// <summary>
        /// round(|v| * 10^k) with ties to even, exactly, as a natural number (v finite). This is the digit string of v
        /// rounded to k decimals (k may be negative).
        /// </summary>
        public static uint[] ScaledRound(double v, int k)
        {
            int e;
            ulong m = Ieee754.Decompose(v, out e);
            if (m == 0)
            {
                return BigNat.Zero;
            }

            // |v| * 10^k = m * 5^k * 2^(e + k): powers of five go to the numerator or denominator, powers of two shift.
            uint[] num = BigNat.FromULong(m);
            uint[] den = BigNat.One;
            if (k >= 0)
            {
                num = BigNat.Multiply(num, BigNat.Pow5(k));
            }
            else
            {
                den = BigNat.Pow5(-k);
            }

            int twos = e + k;
            if (twos >= 0)
            {
                num = BigNat.ShiftLeft(num, twos);
            }
            else
            {
                den = BigNat.ShiftLeft(den, -twos);
            }

            uint[] rem;
            uint[] q = BigNat.DivRem(num, den, out rem);
            int c = BigNat.Compare(BigNat.ShiftLeft(rem, 1), den);
            if (c > 0 || (c == 0 && q.Length > 0 && (q[0] & 1) != 0))
            {
                q = BigNat.AddSmall(q, 1);
            }

            return q;
        }

        /// <summary>
        /// The digits of |v| (finite, non-zero) rounded half-even to digits significant digits, and the decimal exponent
        /// of the first one (after rounding).
        /// </summary>
        public static string Significant(double v, int digits, out int exp10)
        {
            int e;
            ulong m = Ieee754.Decompose(v, out e);

            // floor(log10 v) is x or x + 1 for this estimate, which can only be too small.
            int x = (int)System.Math.Floor((e + Ieee754.BitLength(m) - 1) * Log10Of2);
            string s = BigNat.ToString(ScaledRound(v, digits - 1 - x), 10);
            if (s.Length > digits)
            {
                x++;
                s = BigNat.ToString(ScaledRound(v, digits - 1 - x), 10);
                if (s.Length > digits)
                {
                    // Rounding carried into a new digit: 9.99.. became 10.0..
                    x++;
                    s = s.Substring(0, digits);
                }
            }

            exp10 = x;
            return s;
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    public static partial class BigNat
    {
        /// <summary>Digits of a in a radix 2..36 (lower-case letters), "0" for zero.</summary>
        public static string ToString(uint[] a, int radix)
        {
            if (a.Length == 0)
            {
                return "0";
            }

            int bits = BitLength(a);
            if ((radix & (radix - 1)) == 0)
            {
                // Power-of-two radix: read the digits straight from the bits.
                int w = BitLength((uint)radix) - 1;
                int count = (bits + w - 1) / w;
                char[] c = new char[count];
                for (int i = 0; i < count; i++)
                {
                    int v = (int)(Bits64(a, (i * w) + 64) & (ulong)(radix - 1));
                    c[count - 1 - i] = StrUtil.HexDigit(v);
                }

                return new string(c);
            }

            // Peel off chunks of the largest power of the radix that fits a limb, least significant first.
            uint chunk = (uint)radix;
            int per = 1;
            while ((ulong)chunk * (uint)radix <= 0xFFFFFFFFUL)
            {
                chunk *= (uint)radix;
                per++;
            }

            // Upper bound of the digit count: bits / log2(radix) + 1 rounded up to whole chunks.
            int maxDigits = (int)(bits / Log2(radix)) + 2;
            int nChunks = (maxDigits + per - 1) / per + 1;
            char[] buf = new char[nChunks * per];
            int p = buf.Length;
            uint[] work = (uint[])a.Clone();
            int len = work.Length;
            while (len > 0)
            {
                uint rem = DivideInPlace(work, len, chunk);
                while (len > 0 && work[len - 1] == 0)
                {
                    len--;
                }

                for (int i = 0; i < per; i++)
                {
                    buf[--p] = StrUtil.HexDigit((int)(rem % (uint)radix));
                    rem /= (uint)radix;
                    if (len == 0 && rem == 0)
                    {
                        break;
                    }
                }
            }

            return new string(buf, p, buf.Length - p);
        }

        private static double Log2(int radix)
        {
            // Slight underestimates keep the digit bound an upper bound.
            double l = 1.0;
            double v = 2.0;
            while (v * 2 <= radix)
            {
                v *= 2;
                l += 1.0;
            }

            // Linear interpolation between powers of two underestimates log2 (it is concave).
            return l + ((radix - v) / v) * 0.9;
        }

        /// <summary>
        /// The number written by the digits s[start..end) in a radix 2..36 (no sign, no prefix, no underscores; every
        /// character must be a valid digit, which the caller checked).
        /// </summary>
        public static uint[] Parse(string s, int start, int end, int radix)
        {
            int n = end - start;
            uint chunk = (uint)radix;
            int per = 1;
            while ((ulong)chunk * (uint)radix <= 0xFFFFFFFFUL)
            {
                chunk *= (uint)radix;
                per++;
            }

            // Each digit needs at most log2(36) < 6 bits.
            int maxLimbs = (n * BitLength((uint)(radix - 1)) / 32) + 2;
            uint[] acc = new uint[maxLimbs];
            int len = 0;
            int i = start;
            int first = n % per;
            if (first == 0)
            {
                first = per;
            }

            while (i < end)
            {
                int take = i == start ? first : per;
                uint v = 0;
                uint mul = 1;
                for (int k = 0; k < take; k++)
                {
                    v = (v * (uint)radix) + (uint)StrUtil.DigitValue(s[i + k]);
                    mul *= (uint)radix;
                }

                len = MultiplyAddInPlace(acc, len, mul, v);
                i += take;
            }

            return Trim(acc, len);
        }
    }
}

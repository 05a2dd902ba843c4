namespace NanoPython.Modules
{
    /// <summary>IEEE 754 binary16 conversions for struct's 'e' format (round to nearest even; overflow gives infinity).</summary>
    public static class HalfFloat
    {
        /// <summary>The binary16 bits nearest to d.</summary>
        public static ulong FromDouble(double d)
        {
            uint f = (uint)System.BitConverter.ToInt32(System.BitConverter.GetBytes((float)d), 0);
            uint sign = (f >> 16) & 0x8000;
            uint mant = f & 0x7FFFFF;
            if ((f & 0x7F800000) == 0x7F800000)
            {
                return sign | 0x7C00 | (mant != 0 ? 0x200u : 0u);
            }

            int exp = (int)((f >> 23) & 0xFF) - 127 + 15;
            if (exp >= 31)
            {
                return sign | 0x7C00;
            }

            if (exp <= 0)
            {
                if (exp < -10)
                {
                    return sign;
                }

                mant |= 0x800000;
                int shift = 14 - exp;
                uint h = mant >> shift;
                uint rest = mant & ((1u << shift) - 1);
                uint half = 1u << (shift - 1);
                if (rest > half || (rest == half && (h & 1) != 0))
                {
                    h++;
                }

                return sign | h;
            }

            uint r = (uint)exp << 10 | mant >> 13;
            uint low = mant & 0x1FFF;
            if (low > 0x1000 || (low == 0x1000 && (r & 1) != 0))
            {
                // A carry out of the mantissa moves into the exponent, which is the correct rounding (up to infinity).
                r++;
            }

            return sign | r;
        }

        /// <summary>The value of binary16 bits.</summary>
        public static double ToDouble(int h)
        {
            int sign = h & 0x8000;
            int exp = (h >> 10) & 0x1F;
            int mant = h & 0x3FF;
            double v;
            if (exp == 0)
            {
                v = mant / 16777216.0;
            }
            else if (exp == 31)
            {
                v = mant == 0 ? double.PositiveInfinity : double.NaN;
            }
            else
            {
                int bits = (exp - 15 + 127) << 23 | mant << 13;
                v = System.BitConverter.ToSingle(System.BitConverter.GetBytes(bits), 0);
            }

            return sign != 0 ? -v : v;
        }
    }
}

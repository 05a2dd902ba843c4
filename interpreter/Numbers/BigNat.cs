namespace NanoPython.Numbers
{
    /// <summary>
    /// Natural numbers as arrays of 32-bit limbs, least significant first, always normalized (no high zero limb; zero
    /// is the empty array). Every operation returns a new array and never modifies its arguments, so magnitudes can be
    /// shared freely between <see cref="PyBigInt"/> objects. Limbs are uint and intermediate products ulong, which the
    /// nanoFramework interpreter emulates in software but computes exactly. Split by concern: this file holds
    /// construction, comparison, addition, subtraction and shifts; multiplication and division, radix conversion and
    /// powers live in the partial files.
    /// </summary>
    public static partial class BigNat
    {
        /// <summary>Zero.</summary>
        public static readonly uint[] Zero = new uint[0];

        /// <summary>One.</summary>
        public static readonly uint[] One = new uint[] { 1 };

        /// <summary>The number of a ulong.</summary>
        public static uint[] FromULong(ulong v)
        {
            if (v == 0)
            {
                return Zero;
            }

            if ((v >> 32) == 0)
            {
                return new uint[] { (uint)v };
            }

            return new uint[] { (uint)v, (uint)(v >> 32) };
        }

        /// <summary>The value when it fits in 64 bits (callers check <see cref="BitLength"/> first).</summary>
        public static ulong ToULong(uint[] a)
        {
            if (a.Length == 0)
            {
                return 0;
            }

            ulong v = a[0];
            if (a.Length > 1)
            {
                v |= (ulong)a[1] << 32;
            }

            return v;
        }

        /// <summary>The first len limbs of a, normalized (the array itself when already normalized and exact).</summary>
        public static uint[] Trim(uint[] a, int len)
        {
            while (len > 0 && a[len - 1] == 0)
            {
                len--;
            }

            if (len == a.Length)
            {
                return a;
            }

            if (len == 0)
            {
                return Zero;
            }

            uint[] r = new uint[len];
            System.Array.Copy(a, r, len);
            return r;
        }

        /// <summary>-1, 0 or 1 as a is less than, equal to or greater than b.</summary>
        public static int Compare(uint[] a, uint[] b)
        {
            if (a.Length != b.Length)
            {
                return a.Length < b.Length ? -1 : 1;
            }

            for (int i = a.Length - 1; i >= 0; i--)
            {
                if (a[i] != b[i])
                {
                    return a[i] < b[i] ? -1 : 1;
                }
            }

            return 0;
        }

        /// <summary>Number of significant bits (0 for zero).</summary>
        public static int BitLength(uint[] a)
        {
            int n = a.Length;
            if (n == 0)
            {
                return 0;
            }

            return (n - 1) * 32 + BitLength(a[n - 1]);
        }

        /// <summary>Number of significant bits of a limb.</summary>
        public static int BitLength(uint v)
        {
            int n = 0;
            if ((v & 0xFFFF0000) != 0)
            {
                v >>= 16;
                n = 16;
            }

            if ((v & 0xFF00) != 0)
            {
                v >>= 8;
                n += 8;
            }

            if ((v & 0xF0) != 0)
            {
                v >>= 4;
                n += 4;
            }

            if ((v & 0xC) != 0)
            {
                v >>= 2;
                n += 2;
            }

            if ((v & 0x2) != 0)
            {
                v >>= 1;
                n += 1;
            }

            return n + (int)v;
        }

        /// <summary>Whether bit n is set.</summary>
        public static bool TestBit(uint[] a, int n)
        {
            int limb = n >> 5;
            return limb < a.Length && (a[limb] & (1u << (n & 31))) != 0;
        }

        /// <summary>Whether any of the lowest n bits is set.</summary>
        public static bool AnyLowBits(uint[] a, int n)
        {
            int full = n >> 5;
            for (int i = 0; i < full && i < a.Length; i++)
            {
                if (a[i] != 0)
                {
                    return true;
                }
            }

            int rest = n & 31;
            return rest != 0 && full < a.Length && (a[full] & ((1u << rest) - 1)) != 0;
        }

        /// <summary>The 64 bits of a just below bit position top (a's bits [top-64, top)); missing bits are zero.</summary>
        public static ulong Bits64(uint[] a, int top)
        {
            ulong r = 0;
            for (int i = 0; i < 64; i += 32)
            {
                r |= (ulong)Bits32(a, top - 64 + i) << i;
            }

            return r;
        }

        private static uint Bits32(uint[] a, int low)
        {
            // The 32 bits starting at bit position low (which may be negative).
            if (low <= -32)
            {
                return 0;
            }

            if (low < 0)
            {
                return a.Length > 0 ? a[0] << -low : 0;
            }

            int limb = low >> 5;
            int sh = low & 31;
            uint lo = limb < a.Length ? a[limb] : 0;
            if (sh == 0)
            {
                return lo;
            }

            uint hi = limb + 1 < a.Length ? a[limb + 1] : 0;
            return (lo >> sh) | (hi << (32 - sh));
        }

        /// <summary>a + b.</summary>
        public static uint[] Add(uint[] a, uint[] b)
        {
            if (a.Length < b.Length)
            {
                uint[] t = a;
                a = b;
                b = t;
            }

            uint[] r = new uint[a.Length + 1];
            ulong carry = 0;
            int i = 0;
            for (; i < b.Length; i++)
            {
                carry += (ulong)a[i] + b[i];
                r[i] = (uint)carry;
                carry >>= 32;
            }

            for (; i < a.Length; i++)
            {
                carry += a[i];
                r[i] = (uint)carry;
                carry >>= 32;
            }

            r[i] = (uint)carry;
            return Trim(r, r.Length);
        }

        /// <summary>a - b for a &gt;= b.</summary>
        public static uint[] Subtract(uint[] a, uint[] b)
        {
            uint[] r = new uint[a.Length];
            long borrow = 0;
            int i = 0;
            for (; i < b.Length; i++)
            {
                long t = (long)a[i] - b[i] - borrow;
                r[i] = (uint)t;
                borrow = t < 0 ? 1 : 0;
            }

            for (; i < a.Length; i++)
            {
                long t = (long)a[i] - borrow;
                r[i] = (uint)t;
                borrow = t < 0 ? 1 : 0;
            }

            return Trim(r, r.Length);
        }

        /// <summary>a + small.</summary>
        public static uint[] AddSmall(uint[] a, uint v)
        {
            return Add(a, FromULong(v));
        }

        /// <summary>a * 2^n.</summary>
        public static uint[] ShiftLeft(uint[] a, int n)
        {
            if (a.Length == 0 || n == 0)
            {
                return a;
            }

            int limbs = n >> 5;
            int bits = n & 31;
            uint[] r = new uint[a.Length + limbs + 1];
            if (bits == 0)
            {
                System.Array.Copy(a, 0, r, limbs, a.Length);
            }
            else
            {
                uint carry = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    uint v = a[i];
                    r[i + limbs] = (v << bits) | carry;
                    carry = v >> (32 - bits);
                }

                r[a.Length + limbs] = carry;
            }

            return Trim(r, r.Length);
        }

        /// <summary>floor(a / 2^n).</summary>
        public static uint[] ShiftRight(uint[] a, int n)
        {
            int limbs = n >> 5;
            if (limbs >= a.Length)
            {
                return Zero;
            }

            if (n == 0)
            {
                return a;
            }

            int bits = n & 31;
            int len = a.Length - limbs;
            uint[] r = new uint[len];
            if (bits == 0)
            {
                System.Array.Copy(a, limbs, r, 0, len);
            }
            else
            {
                for (int i = 0; i < len; i++)
                {
                    uint hi = i + limbs + 1 < a.Length ? a[i + limbs + 1] : 0;
                    r[i] = (a[i + limbs] >> bits) | (hi << (32 - bits));
                }
            }

            return Trim(r, len);
        }

        /// <summary>Whether a is zero.</summary>
        public static bool IsZero(uint[] a)
        {
            return a.Length == 0;
        }

        /// <summary>Number of one bits.</summary>
        public static int PopCount(uint[] a)
        {
            int n = 0;
            for (int i = 0; i < a.Length; i++)
            {
                uint v = a[i];
                while (v != 0)
                {
                    v &= v - 1;
                    n++;
                }
            }

            return n;
        }
    }
}

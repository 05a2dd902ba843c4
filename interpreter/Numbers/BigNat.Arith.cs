namespace NanoPython.Numbers
{
    public static partial class BigNat
    {
        // Below this many limbs (1,536 bits) in the shorter operand, schoolbook multiplication is faster than splitting.
        private const int KaratsubaLimbs = 48;

        /// <summary>
        /// a * b: schoolbook for the sizes a microcontroller meets, Karatsuba's three half-size products above
        /// <see cref="KaratsubaLimbs"/> (so that huge results, e.g. factorials on the host, take seconds, not minutes).
        /// </summary>
        public static uint[] Multiply(uint[] a, uint[] b)
        {
            if (a.Length == 0 || b.Length == 0)
            {
                return Zero;
            }

            if (a.Length < b.Length)
            {
                uint[] t = a;
                a = b;
                b = t;
            }

            int half = (a.Length + 1) / 2;
            if (b.Length < KaratsubaLimbs || b.Length <= half)
            {
                return Schoolbook(a, b);
            }

            // a = a1 * B + a0, b = b1 * B + b0 with B = 2**(32 * half):
            // a * b = z2 * B**2 + ((a0 + a1)(b0 + b1) - z2 - z0) * B + z0.
            uint[] a0 = Limbs(a, 0, half);
            uint[] a1 = Limbs(a, half, a.Length);
            uint[] b0 = Limbs(b, 0, half);
            uint[] b1 = Limbs(b, half, b.Length);
            uint[] z0 = Multiply(a0, b0);
            uint[] z2 = Multiply(a1, b1);
            uint[] z1 = Subtract(Subtract(Multiply(Add(a0, a1), Add(b0, b1)), z0), z2);
            uint[] r = new uint[a.Length + b.Length + 1];
            AddInto(r, z0, 0);
            AddInto(r, z1, half);
            AddInto(r, z2, 2 * half);
            return Trim(r, r.Length);
        }

        // a[from, to) as a trimmed number.
        private static uint[] Limbs(uint[] a, int from, int to)
        {
            uint[] r = new uint[to - from];
            System.Array.Copy(a, from, r, 0, r.Length);
            return Trim(r, r.Length);
        }

        // r += x * 2**(32 * offset); r has room for the carry.
        private static void AddInto(uint[] r, uint[] x, int offset)
        {
            ulong carry = 0;
            int i = 0;
            for (; i < x.Length; i++)
            {
                carry += (ulong)r[offset + i] + x[i];
                r[offset + i] = (uint)carry;
                carry >>= 32;
            }

            for (int k = offset + i; carry != 0 && k < r.Length; k++)
            {
                carry += r[k];
                r[k] = (uint)carry;
                carry >>= 32;
            }
        }

        // a * b by rows, a at least as long as b.
        private static uint[] Schoolbook(uint[] a, uint[] b)
        {
            uint[] r = new uint[a.Length + b.Length];
            for (int j = 0; j < b.Length; j++)
            {
                ulong bj = b[j];
                if (bj == 0)
                {
                    continue;
                }

                ulong carry = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    // (2^32-1)^2 + 2 (2^32-1) = 2^64-1: never overflows.
                    carry += bj * a[i] + r[i + j];
                    r[i + j] = (uint)carry;
                    carry >>= 32;
                }

                r[j + a.Length] = (uint)carry;
            }

            return Trim(r, r.Length);
        }

        /// <summary>a * m + add.</summary>
        public static uint[] MultiplyAdd(uint[] a, uint m, uint add)
        {
            uint[] r = new uint[a.Length + 1];
            ulong carry = add;
            for (int i = 0; i < a.Length; i++)
            {
                carry += (ulong)a[i] * m;
                r[i] = (uint)carry;
                carry >>= 32;
            }

            r[a.Length] = (uint)carry;
            return Trim(r, r.Length);
        }

        /// <summary>In place: a[0..len) = a[0..len) * m + add; returns the new length (a must have room for one more limb).</summary>
        public static int MultiplyAddInPlace(uint[] a, int len, uint m, uint add)
        {
            ulong carry = add;
            for (int i = 0; i < len; i++)
            {
                carry += (ulong)a[i] * m;
                a[i] = (uint)carry;
                carry >>= 32;
            }

            if (carry != 0)
            {
                a[len++] = (uint)carry;
            }

            return len;
        }

        /// <summary>In place: a[0..len) = a[0..len) / d; returns the remainder (d != 0).</summary>
        public static uint DivideInPlace(uint[] a, int len, uint d)
        {
            ulong rem = 0;
            for (int i = len - 1; i >= 0; i--)
            {
                ulong cur = (rem << 32) | a[i];
                ulong q = cur / d;
                a[i] = (uint)q;
                rem = cur - q * d;
            }

            return (uint)rem;
        }

        /// <summary>a / d with the remainder in rem (d != 0).</summary>
        public static uint[] DivRemSmall(uint[] a, uint d, out uint rem)
        {
            uint[] q = (uint[])a.Clone();
            rem = DivideInPlace(q, q.Length, d);
            return Trim(q, q.Length);
        }

        /// <summary>a / b with the remainder in rem (Knuth's algorithm D; b != 0).</summary>
        public static uint[] DivRem(uint[] a, uint[] b, out uint[] rem)
        {
            int n = b.Length;
            if (Compare(a, b) < 0)
            {
                rem = a;
                return Zero;
            }

            if (n == 1)
            {
                uint r1;
                uint[] q1 = DivRemSmall(a, b[0], out r1);
                rem = FromULong(r1);
                return q1;
            }

            int m = a.Length - n;
            int s = 32 - BitLength(b[n - 1]);

            // Normalize so the divisor's top bit is set: then each trial quotient is at most 2 too large.
            uint[] vn = new uint[n];
            uint[] un = new uint[a.Length + 1];
            if (s == 0)
            {
                System.Array.Copy(b, vn, n);
                System.Array.Copy(a, un, a.Length);
            }
            else
            {
                for (int i = n - 1; i > 0; i--)
                {
                    vn[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
                }

                vn[0] = b[0] << s;
                un[a.Length] = a[a.Length - 1] >> (32 - s);
                for (int i = a.Length - 1; i > 0; i--)
                {
                    un[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
                }

                un[0] = a[0] << s;
            }

            uint[] q = new uint[m + 1];
            ulong vTop = vn[n - 1];
            ulong vNext = vn[n - 2];
            for (int j = m; j >= 0; j--)
            {
                ulong num = ((ulong)un[j + n] << 32) | un[j + n - 1];
                ulong qhat = num / vTop;
                ulong rhat = num - qhat * vTop;
                while (qhat >= 0x100000000UL || qhat * vNext > ((rhat << 32) | un[j + n - 2]))
                {
                    qhat--;
                    rhat += vTop;
                    if (rhat >= 0x100000000UL)
                    {
                        break;
                    }
                }

                long k = 0;
                long t;
                for (int i = 0; i < n; i++)
                {
                    ulong p = qhat * vn[i];
                    t = (long)un[i + j] - k - (long)(p & 0xFFFFFFFF);
                    un[i + j] = (uint)t;
                    k = (long)(p >> 32) - (t >> 32);
                }

                t = (long)un[j + n] - k;
                un[j + n] = (uint)t;
                if (t < 0)
                {
                    // The trial quotient was one too large: add the divisor back.
                    qhat--;
                    ulong c = 0;
                    for (int i = 0; i < n; i++)
                    {
                        c += (ulong)un[i + j] + vn[i];
                        un[i + j] = (uint)c;
                        c >>= 32;
                    }

                    un[j + n] = (uint)(un[j + n] + c);
                }

                q[j] = (uint)qhat;
            }

            uint[] r = new uint[n];
            if (s == 0)
            {
                System.Array.Copy(un, r, n);
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    r[i] = (un[i] >> s) | (un[i + 1] << (32 - s));
                }
            }

            rem = Trim(r, n);
            return Trim(q, q.Length);
        }

        /// <summary>a^e (e &gt;= 0).</summary>
        public static uint[] Pow(uint[] a, long e)
        {
            uint[] result = One;
            uint[] b = a;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    result = Multiply(result, b);
                }

                e >>= 1;
                if (e > 0)
                {
                    b = Multiply(b, b);
                }
            }

            return result;
        }

        /// <summary>5^k.</summary>
        public static uint[] Pow5(int k)
        {
            // 5^13 is the largest power of five in a limb.
            uint[] r = One;
            while (k >= 13)
            {
                r = MultiplyAdd(r, 1220703125, 0);
                k -= 13;
            }

            uint p = 1;
            while (k-- > 0)
            {
                p *= 5;
            }

            return MultiplyAdd(r, p, 0);
        }

        /// <summary>10^k.</summary>
        public static uint[] Pow10(int k)
        {
            return ShiftLeft(Pow5(k), k);
        }
    }
}

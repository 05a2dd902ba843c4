namespace NanoPython.Stdlib
{
    /// <summary>
    /// The random module's generator: xoshiro128** (Blackman and Vigna), 128 bits of state, 32-bit outputs, seeded
    /// through splitmix32. Plain 32-bit integer arithmetic, so a seed gives the same sequence on the host and on the
    /// device. (MicroPython uses yasmarang; sequences are not meant to match MicroPython's.)
    /// </summary>
    public sealed class Xoshiro128
    {
        private uint _s0;
        private uint _s1;
        private uint _s2;
        private uint _s3;

        /// <summary>A generator seeded with one word.</summary>
        public Xoshiro128(uint seed)
        {
            Seed(new uint[] { seed });
        }

        /// <summary>Reseeds from any number of words (a big seed's magnitude, least significant first).</summary>
        public void Seed(uint[] words)
        {
            // splitmix32 over the words, then enough rounds to fill the state; the state is never all zero.
            uint x = 0x9E3779B9u ^ (uint)words.Length;
            for (int i = 0; i < words.Length; i++)
            {
                x = Mix(x ^ words[i]);
            }

            x = Mix(x);
            _s0 = x;
            x = Mix(x);
            _s1 = x;
            x = Mix(x);
            _s2 = x;
            x = Mix(x);
            _s3 = x;
            if ((_s0 | _s1 | _s2 | _s3) == 0)
            {
                _s0 = 1;
            }
        }

        private static uint Mix(uint x)
        {
            uint z = x + 0x9E3779B9u;
            z = (z ^ (z >> 16)) * 0x85EBCA6Bu;
            z = (z ^ (z >> 13)) * 0xC2B2AE35u;
            return z ^ (z >> 16);
        }

        private static uint Rotl(uint x, int k)
        {
            return (x << k) | (x >> (32 - k));
        }

        /// <summary>The next 32 random bits.</summary>
        public uint Next()
        {
            uint result = Rotl(_s1 * 5, 7) * 9;
            uint t = _s1 << 9;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = Rotl(_s3, 11);
            return result;
        }

        /// <summary>A uniform value in [0, n) for n &gt; 0, by rejection (no modulo bias).</summary>
        public ulong Below(ulong n)
        {
            int bits = 0;
            ulong m = n - 1;
            while (m != 0)
            {
                bits++;
                m >>= 1;
            }

            while (true)
            {
                ulong r = Bits(bits);
                if (r < n)
                {
                    return r;
                }
            }
        }

        /// <summary>k random bits (0 to 64) as an unsigned value.</summary>
        public ulong Bits(int k)
        {
            if (k == 0)
            {
                return 0;
            }

            if (k <= 32)
            {
                return Next() >> (32 - k);
            }

            ulong lo = Next();
            ulong hi = Next() >> (64 - k);
            return (hi << 32) | lo;
        }
    }
}

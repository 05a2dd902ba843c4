namespace NanoPython.Modules
{
    /// <summary>MD5 (RFC 1321).</summary>
    public sealed class Md5Engine : HashEngine
    {
        // Per-round shift amounts, four per round of sixteen steps.
        private static readonly int[] s_shift = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

        // floor(abs(sin(i + 1)) * 2^32).
        private static uint[] s_k;

        private readonly uint[] _h = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
        private readonly uint[] _m = new uint[16];

        /// <inheritdoc/>
        public override int DigestSize
        {
            get { return 16; }
        }

        /// <inheritdoc/>
        public override string Name
        {
            get { return "md5"; }
        }

        /// <inheritdoc/>
        protected override bool BigEndian
        {
            get { return false; }
        }

        /// <inheritdoc/>
        // The round constants, made on first use: a static array initialiser would take heap from the assembly's load on.
        private static uint[] RoundConstants()
        {
            return s_k ?? (s_k = new uint[]
            {
                0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
                0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
                0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
                0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
                0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
                0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
                0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
                0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
            });
        }

        protected override void ProcessBlock(byte[] data, int offset)
        {
            uint[] k = RoundConstants();
            uint[] m = _m;
            for (int i = 0; i < 16; i++)
            {
                m[i] = ReadLittle(data, offset + 4 * i);
            }

            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3];
            for (int i = 0; i < 64; i++)
            {
                uint f;
                int g;
                int round = i >> 4;
                if (round == 0)
                {
                    f = (b & c) | (~b & d);
                    g = i;
                }
                else if (round == 1)
                {
                    f = (d & b) | (~d & c);
                    g = (5 * i + 1) & 15;
                }
                else if (round == 2)
                {
                    f = b ^ c ^ d;
                    g = (3 * i + 5) & 15;
                }
                else
                {
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                }

                uint t = d;
                d = c;
                c = b;
                b = b + Rol(a + f + k[i] + m[g], s_shift[(round << 2) | (i & 3)]);
                a = t;
            }

            _h[0] += a;
            _h[1] += b;
            _h[2] += c;
            _h[3] += d;
        }

        /// <inheritdoc/>
        protected override void WriteDigest(byte[] output)
        {
            WriteWords(_h, output, true);
        }

        /// <inheritdoc/>
        protected override HashEngine CreateSame()
        {
            return new Md5Engine();
        }

        /// <inheritdoc/>
        protected override void CopyStateTo(HashEngine other)
        {
            System.Array.Copy(_h, ((Md5Engine)other)._h, 4);
        }
    }
}

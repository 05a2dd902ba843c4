namespace NanoPython.Modules
{
    /// <summary>SHA-1 (FIPS 180-4).</summary>
    public sealed class Sha1Engine : HashEngine
    {
        private readonly uint[] _h = { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
        private readonly uint[] _w = new uint[80];

        /// <inheritdoc/>
        public override int DigestSize
        {
            get { return 20; }
        }

        /// <inheritdoc/>
        public override string Name
        {
            get { return "sha1"; }
        }

        /// <inheritdoc/>
        protected override bool BigEndian
        {
            get { return true; }
        }

        /// <inheritdoc/>
        protected override void ProcessBlock(byte[] data, int offset)
        {
            uint[] w = _w;
            for (int i = 0; i < 16; i++)
            {
                w[i] = ReadBig(data, offset + 4 * i);
            }

            for (int i = 16; i < 80; i++)
            {
                w[i] = Rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            }

            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
            for (int i = 0; i < 80; i++)
            {
                uint f;
                uint k;
                if (i < 20)
                {
                    f = (b & c) | (~b & d);
                    k = 0x5A827999;
                }
                else if (i < 40)
                {
                    f = b ^ c ^ d;
                    k = 0x6ED9EBA1;
                }
                else if (i < 60)
                {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8F1BBCDC;
                }
                else
                {
                    f = b ^ c ^ d;
                    k = 0xCA62C1D6;
                }

                uint t = Rol(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = Rol(b, 30);
                b = a;
                a = t;
            }

            _h[0] += a;
            _h[1] += b;
            _h[2] += c;
            _h[3] += d;
            _h[4] += e;
        }

        /// <inheritdoc/>
        protected override void WriteDigest(byte[] output)
        {
            WriteWords(_h, output, false);
        }

        /// <inheritdoc/>
        protected override HashEngine CreateSame()
        {
            return new Sha1Engine();
        }

        /// <inheritdoc/>
        protected override void CopyStateTo(HashEngine other)
        {
            System.Array.Copy(_h, ((Sha1Engine)other)._h, 5);
        }
    }
}

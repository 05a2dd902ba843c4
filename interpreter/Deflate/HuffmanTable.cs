namespace NanoPython.Deflate
{
    /// <summary>
    /// A canonical Huffman code of DEFLATE (RFC 1951 section 3.2.2) as counts per code length and symbols in code
    /// order, decoded a bit at a time (zlib's "puff" method): no lookup tables, so a table costs a few hundred bytes of
    /// RAM on the device instead of kilobytes, at the price of speed.
    /// </summary>
    internal sealed class HuffmanTable
    {
        internal const int MaxBits = 15;

        /// <summary>Number of codes of each length (index 0 unused).</summary>
        internal readonly short[] Counts = new short[MaxBits + 1];

        /// <summary>Symbols ordered by code.</summary>
        internal readonly short[] Symbols;

        internal HuffmanTable(int maxSymbols)
        {
            Symbols = new short[maxSymbols];
        }

        /// <summary>
        /// Builds the code from lengths[start, start + n); false when the lengths over-subscribe the code (an
        /// incomplete code is allowed, as zlib allows it for single-code distance trees).
        /// </summary>
        internal bool Build(byte[] lengths, int start, int n)
        {
            for (int i = 0; i <= MaxBits; i++)
            {
                Counts[i] = 0;
            }

            for (int i = 0; i < n; i++)
            {
                Counts[lengths[start + i]]++;
            }

            int left = 1;
            for (int len = 1; len <= MaxBits; len++)
            {
                left <<= 1;
                left -= Counts[len];
                if (left < 0)
                {
                    return false;
                }
            }

            short[] offs = new short[MaxBits + 1];
            for (int len = 1; len < MaxBits; len++)
            {
                offs[len + 1] = (short)(offs[len] + Counts[len]);
            }

            for (int i = 0; i < n; i++)
            {
                int len = lengths[start + i];
                if (len != 0)
                {
                    Symbols[offs[len]++] = (short)i;
                }
            }

            return true;
        }
    }
}

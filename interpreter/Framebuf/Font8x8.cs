namespace NanoPython.Framebuf
{
    /// <summary>
    /// MicroPython's 8x8 font (extmod/font_petme128_8x8.h, from the PetMe128 font): glyphs for ASCII 32..127, eight
    /// bytes each, one byte per column with the top pixel in the LSB. The bytes are MicroPython's, read back from its
    /// framebuf (a glyph drawn at (0, 0) on an 8x8 MONO_VLSB frame is the glyph itself).
    /// </summary>
    internal static class Font8x8
    {
        // Hex in a string constant: literals stay in flash, while a byte[] initialiser would take 800 bytes of heap at
        // boot (nanoFramework runs every static constructor when the application starts). Decoded on first use.
        private const string Glyphs =
            "0000000000000000" + // ' '
            "0000004f4f000000" + // '!'
            "0007070000070700" + // '"'
            "147f7f14147f7f14" + // '#'
            "00242e6b6b3a1200" + // '$'
            "006333180c666300" + // '%'
            "00327f4d4d777250" + // '&'
            "0000000406030100" + // "'"
            "00001c3e63410000" + // '('
            "000041633e1c0000" + // ')'
            "082a3e1c1c3e2a08" + // '*'
            "0008083e3e080800" + // '+'
            "000080e060000000" + // ','
            "0008080808080800" + // '-'
            "0000006060000000" + // '.'
            "00406030180c0602" + // '/'
            "003e7f49457f3e00" + // '0'
            "0040447f7f404000" + // '1'
            "00627351494f4600" + // '2'
            "00226349497f3600" + // '3'
            "00181814167f7f10" + // '4'
            "00276745457d3900" + // '5'
            "003e7f49497b3200" + // '6'
            "000303797d070300" + // '7'
            "00367f49497f3600" + // '8'
            "00266f49497f3e00" + // '9'
            "0000002424000000" + // ':'
            "000080e464000000" + // ';'
            "00081c3663414100" + // '<'
            "0014141414141400" + // '='
            "00414163361c0800" + // '>'
            "00020351590f0600" + // '?'
            "003e7f414d4f2e00" + // '@'
            "007c7e0b0b7e7c00" + // 'A'
            "007f7f49497f3600" + // 'B'
            "003e7f4141632200" + // 'C'
            "007f7f41633e1c00" + // 'D'
            "007f7f4949414100" + // 'E'
            "007f7f0909010100" + // 'F'
            "003e7f41497b3a00" + // 'G'
            "007f7f08087f7f00" + // 'H'
            "0000417f7f410000" + // 'I'
            "002060417f3f0100" + // 'J'
            "007f7f1c36634100" + // 'K'
            "007f7f4040404000" + // 'L'
            "007f7f060c067f7f" + // 'M'
            "007f7f0e1c7f7f00" + // 'N'
            "003e7f41417f3e00" + // 'O'
            "007f7f09090f0600" + // 'P'
            "001e3f21617f5e00" + // 'Q'
            "007f7f19396f4600" + // 'R'
            "00266f49497b3200" + // 'S'
            "0001017f7f010100" + // 'T'
            "003f7f40407f3f00" + // 'U'
            "001f3f60603f1f00" + // 'V'
            "007f7f3018307f7f" + // 'W'
            "0063771c1c776300" + // 'X'
            "00070f78780f0700" + // 'Y'
            "006171594d474300" + // 'Z'
            "00007f7f41410000" + // '['
            "0002060c18306040" + // '\\'
            "000041417f7f0000" + // ']'
            "00080c06060c0800" + // '^'
            "c0c0c0c0c0c0c0c0" + // '_'
            "0000010306040000" + // '`'
            "00207454547c7800" + // 'a'
            "007f7f44447c3800" + // 'b'
            "00387c44446c2800" + // 'c'
            "00387c44447f7f00" + // 'd'
            "00387c54545c5800" + // 'e'
            "00087e7f09030200" + // 'f'
            "0098bca4a4fc7c00" + // 'g'
            "007f7f04047c7800" + // 'h'
            "0000007d7d000000" + // 'i'
            "0040c08080fd7d00" + // 'j'
            "007f7f30386c4400" + // 'k'
            "0000417f7f400000" + // 'l'
            "007c7c1830187c7c" + // 'm'
            "007c7c04047c7800" + // 'n'
            "00387c44447c3800" + // 'o'
            "00fcfc24243c1800" + // 'p'
            "00183c2424fcfc00" + // 'q'
            "007c7c04040c0800" + // 'r'
            "00485c5454742000" + // 's'
            "04043f7f44642000" + // 't'
            "003c7c40407c3c00" + // 'u'
            "001c3c60603c1c00" + // 'v'
            "001c7c3018307c1c" + // 'w'
            "00446c38386c4400" + // 'x'
            "009cbca0a0fc7c00" + // 'y'
            "004464745c4c4400" + // 'z'
            "0008083e77414100" + // '{'
            "000000ffff000000" + // '|'
            "004141773e080800" + // '}'
            "0002030103020301" + // '~'
            "aa55aa55aa55aa55"; // '\x7f'

        private static byte[] s_glyphs;

        /// <summary>Byte i of the font (glyph (c - 32) * 8 + column).</summary>
        internal static int Column(int i)
        {
            byte[] g = s_glyphs;
            if (g == null)
            {
                g = new byte[Glyphs.Length / 2];
                for (int k = 0; k < g.Length; k++)
                {
                    g[k] = (byte)((Nibble(Glyphs[2 * k]) << 4) | Nibble(Glyphs[(2 * k) + 1]));
                }

                s_glyphs = g;
            }

            return g[i];
        }

        private static int Nibble(char c)
        {
            return c <= '9' ? c - '0' : c - 'a' + 10;
        }
    }
}

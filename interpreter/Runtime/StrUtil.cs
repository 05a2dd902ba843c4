using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>
    /// String and character helpers that nanoFramework's base library lacks (ordinal comparison, character classes,
    /// a stable hash, UTF-8 coding of code points). Everything here works on UTF-16 chars and code points.
    /// </summary>
    public static class StrUtil
    {
        /// <summary>Ordinal comparison by UTF-16 code unit: negative, zero or positive.</summary>
        public static int CompareOrdinal(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                int d = a[i] - b[i];
                if (d != 0)
                {
                    return d;
                }
            }

            return a.Length - b.Length;
        }

        /// <summary>Code point order comparison (surrogate pairs sort above the BMP, as in Python).</summary>
        public static int CompareCodePoints(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                char x = a[i];
                char y = b[i];
                if (x != y)
                {
                    // Surrogates (0xD800..0xDFFF) encode code points above 0xFFFF: they must compare above 0xE000..0xFFFF.
                    bool sx = x >= 0xD800 && x <= 0xDFFF;
                    bool sy = y >= 0xD800 && y <= 0xDFFF;
                    if (sx != sy)
                    {
                        return sx ? 1 : -1;
                    }

                    return x - y;
                }
            }

            return a.Length - b.Length;
        }

        /// <summary>The hash of a string: FNV-1a over UTF-16 code units, never 0 or -1.</summary>
        public static int Hash(string s)
        {
            uint h = 2166136261;
            for (int i = 0; i < s.Length; i++)
            {
                h ^= s[i];
                h *= 16777619;
            }

            int r = (int)h;
            if (r == 0 || r == -1)
            {
                r = 1;
            }

            return r;
        }

        /// <summary>The hash of a byte range: FNV-1a, never 0 or -1.</summary>
        public static int Hash(byte[] data, int offset, int count)
        {
            uint h = 2166136261;
            for (int i = 0; i < count; i++)
            {
                h ^= data[offset + i];
                h *= 16777619;
            }

            int r = (int)h;
            if (r == 0 || r == -1)
            {
                r = 1;
            }

            return r;
        }

        /// <summary>
        /// Ordinal (code unit) search of needle in hay from start; -1 when absent. .NET's string.IndexOf(string) is
        /// culture-sensitive on the host (it ignores some characters, such as NUL), nanoFramework's is ordinal: this
        /// behaves the same on both.
        /// </summary>
        public static int IndexOfOrdinal(string hay, string needle, int start)
        {
            int n = needle.Length;
            if (n == 0)
            {
                return start <= hay.Length ? start : -1;
            }

            char first = needle[0];
            int last = hay.Length - n;
            for (int i = start; i <= last; i++)
            {
                if (hay[i] != first)
                {
                    continue;
                }

                int j = 1;
                while (j < n && hay[i + j] == needle[j])
                {
                    j++;
                }

                if (j == n)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>ASCII digit 0-9.</summary>
        public static bool IsDigit(int c)
        {
            return c >= '0' && c <= '9';
        }

        /// <summary>Python's str.isspace for ASCII and the common Unicode spaces.</summary>
        public static bool IsSpace(int c)
        {
            if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))
            {
                return true;
            }

            if (c < 0x80)
            {
                return false;
            }

            return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
        }

        /// <summary>ASCII letter.</summary>
        public static bool IsAsciiAlpha(int c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /// <summary>
        /// A letter for identifiers and str.isalpha: ASCII letters, and every non-ASCII code point that is not a known
        /// space, punctuation or symbol (MicroPython, too, accepts any non-ASCII byte sequence in identifiers).
        /// </summary>
        public static bool IsAlpha(int c)
        {
            if (c < 0x80)
            {
                return IsAsciiAlpha(c);
            }

            if (c < 0xC0)
            {
                // Latin-1 letters: ª µ º only.
                return c == 0xAA || c == 0xB5 || c == 0xBA;
            }

            if (c == 0xD7 || c == 0xF7)
            {
                return false;
            }

            if (IsSpace(c))
            {
                return false;
            }

            // General punctuation, symbols, arrows, maths, box drawing, CJK punctuation, private use, specials.
            if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xE000 && c <= 0xF8FF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFFF0 && c <= 0xFFFF)
                || (c >= 0x1F000 && c <= 0x1FAFF))
            {
                return false;
            }

            return true;
        }

        /// <summary>First character of an identifier.</summary>
        public static bool IsIdentifierStart(int c)
        {
            return c == '_' || IsAlpha(c);
        }

        /// <summary>Continuation character of an identifier.</summary>
        public static bool IsIdentifierPart(int c)
        {
            return c == '_' || IsDigit(c) || IsAlpha(c) || (c >= 0x300 && c <= 0x36F);
        }

        /// <summary>Whether a string is a valid identifier.</summary>
        public static bool IsIdentifier(string s)
        {
            if (s.Length == 0)
            {
                return false;
            }

            int i = 0;
            while (i < s.Length)
            {
                int c = CodePointAt(s, i);
                if (i == 0 ? !IsIdentifierStart(c) : !IsIdentifierPart(c))
                {
                    return false;
                }

                i += c > 0xFFFF ? 2 : 1;
            }

            return true;
        }

        /// <summary>The code point starting at index i (a lone surrogate is returned as is).</summary>
        public static int CodePointAt(string s, int i)
        {
            char c = s[i];
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.Length)
            {
                char d = s[i + 1];
                if (d >= 0xDC00 && d <= 0xDFFF)
                {
                    return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                }
            }

            return c;
        }

        /// <summary>Appends a code point as UTF-16.</summary>
        public static void AppendCodePoint(StringBuilder sb, int cp)
        {
            if (cp < 0x10000)
            {
                sb.Append((char)cp);
            }
            else
            {
                cp -= 0x10000;
                sb.Append((char)(0xD800 + (cp >> 10)));
                sb.Append((char)(0xDC00 + (cp & 0x3FF)));
            }
        }

        /// <summary>A string holding one code point.</summary>
        public static string FromCodePoint(int cp)
        {
            if (cp < 0x10000)
            {
                return new string((char)cp, 1);
            }

            cp -= 0x10000;
            return new string(new char[] { (char)(0xD800 + (cp >> 10)), (char)(0xDC00 + (cp & 0x3FF)) });
        }

        /// <summary>Lower-case hexadecimal digit.</summary>
        public static char HexDigit(int v)
        {
            return (char)(v < 10 ? '0' + v : 'a' + v - 10);
        }

        /// <summary>Value of a digit in bases up to 36, or 99.</summary>
        public static int DigitValue(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A' + 10;
            }

            return 99;
        }

        /// <summary>Encodes a string as UTF-8 (lone surrogates become U+FFFD unless allowed).</summary>
        public static byte[] EncodeUtf8(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = CodePointAt(s, i);
                if (c > 0xFFFF)
                {
                    i++;
                    n += 4;
                }
                else
                {
                    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                }
            }

            byte[] b = new byte[n];
            int k = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = CodePointAt(s, i);
                if (c < 0x80)
                {
                    b[k++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    b[k++] = (byte)(0xC0 | (c >> 6));
                    b[k++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0x10000)
                {
                    b[k++] = (byte)(0xE0 | (c >> 12));
                    b[k++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    b[k++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    i++;
                    b[k++] = (byte)(0xF0 | (c >> 18));
                    b[k++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                    b[k++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    b[k++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            return b;
        }

        /// <summary>
        /// Decodes UTF-8. Returns null when the bytes are not valid UTF-8 and strict is true; otherwise invalid sequences
        /// become U+FFFD. errorIndex receives the offset of the first invalid byte (or -1).
        /// </summary>
        public static string DecodeUtf8(byte[] b, int offset, int count, bool strict, out int errorIndex)
        {
            errorIndex = -1;
            StringBuilder sb = new StringBuilder(count);
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int c = b[i];
                int need;
                int cp;
                if (c < 0x80)
                {
                    sb.Append((char)c);
                    i++;
                    continue;
                }
                else if (c >= 0xC2 && c < 0xE0)
                {
                    need = 1;
                    cp = c & 0x1F;
                }
                else if (c >= 0xE0 && c < 0xF0)
                {
                    need = 2;
                    cp = c & 0x0F;
                }
                else if (c >= 0xF0 && c < 0xF5)
                {
                    need = 3;
                    cp = c & 0x07;
                }
                else
                {
                    need = -1;
                    cp = 0;
                }

                bool ok = need > 0;
                if (ok)
                {
                    for (int j = 1; j <= need; j++)
                    {
                        if (i + j >= end || (b[i + j] & 0xC0) != 0x80)
                        {
                            ok = false;
                            break;
                        }

                        cp = (cp << 6) | (b[i + j] & 0x3F);
                    }
                }

                if (ok && ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))
                    || (cp >= 0xD800 && cp <= 0xDFFF)))
                {
                    ok = false;
                }

                if (!ok)
                {
                    if (errorIndex < 0)
                    {
                        errorIndex = i - offset;
                    }

                    if (strict)
                    {
                        return null;
                    }

                    sb.Append('\uFFFD');
                    i++;
                    continue;
                }

                AppendCodePoint(sb, cp);
                i += need + 1;
            }

            return sb.ToString();
        }
    }
}

using NanoPython.Runtime;

namespace NanoPython.Text
{
    /// <summary>
    /// str.encode, bytes.decode and str(bytes, encoding): UTF-8, ASCII and Latin-1 with the error handlers strict,
    /// ignore, replace, backslashreplace and (encoding) xmlcharrefreplace. Errors carry CPython's messages and
    /// positions; UTF-8 decoding replaces each maximal invalid subsequence with one U+FFFD, as CPython does.
    /// </summary>
    internal static class Codecs
    {
        /// <summary>UTF-8.</summary>
        internal const int Utf8 = 0;

        /// <summary>ASCII.</summary>
        internal const int Ascii = 1;

        /// <summary>Latin-1 (ISO 8859-1).</summary>
        internal const int Latin1 = 2;

        private const int Strict = 0;
        private const int Ignore = 1;
        private const int Replace = 2;
        private const int BackslashReplace = 3;
        private const int XmlCharRefReplace = 4;
        private const int Unknown = 5;


        // Normalized aliases (lower case, runs of other characters as one '_'), space-separated, in groups by codec
        // (a literal rather than arrays, which would take heap from the assembly's load on).
        private const string Aliases =
            "utf_8 utf8 u8 utf cp65001 | ascii us_ascii 646 us | latin_1 latin1 l1 latin iso_8859_1 iso8859_1 8859 cp819 iso_ir_100";

        private static string CodecName(int codec)
        {
            return codec == 0 ? "utf-8" : codec == 1 ? "ascii" : "latin-1";
        }

        /// <summary>The codec an encoding name designates; LookupError("unknown encoding: x") otherwise.</summary>
        internal static int Lookup(string name)
        {
            TextBuilder tb = new TextBuilder(name.Length);
            char[] c = name.ToCharArray();
            for (int i = 0; i < c.Length; i++)
            {
                int ch = UnicodeData.Lower(c[i]);
                if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.')
                {
                    tb.Append((char)ch);
                }
                else if (tb.Length > 0 && tb.Chars[tb.Length - 1] != '_')
                {
                    tb.Append('_');
                }
            }

            string n = tb.ToString();
            int codec = 0;
            int start = 0;
            while (start < Aliases.Length)
            {
                int end = Aliases.IndexOf(' ', start);
                if (end < 0)
                {
                    end = Aliases.Length;
                }

                if (end - start == 1 && Aliases[start] == '|')
                {
                    codec++;
                }
                else if (end - start == n.Length && Aliases.Substring(start, end - start) == n)
                {
                    return codec;
                }

                start = end + 1;
            }

            throw new PyException(PyExc.LookupError, "unknown encoding: " + name);
        }

        /// <summary>The encoding and errors arguments of encode/decode/str(): text of a str argument, or the default.</summary>
        internal static string NameArg(PyObject o, string function, string parameter, string fallback)
        {
            if (o == null)
            {
                return fallback;
            }

            PyStr s = o as PyStr ?? o.NativeBase as PyStr;
            if (s == null)
            {
                throw TextErrors.Type(function + "() argument '" + parameter + "' must be str, not " + (o is PyNone ? "None" : TextErrors.TypeName(o)));
            }

            return s.Value;
        }

        private static int Handler(string errors)
        {
            switch (errors)
            {
                case "strict":
                    return Strict;
                case "ignore":
                    return Ignore;
                case "replace":
                    return Replace;
                case "backslashreplace":
                    return BackslashReplace;
                case "xmlcharrefreplace":
                    return XmlCharRefReplace;
            }

            return Unknown;
        }

        /// <summary>Encodes a str.</summary>
        internal static byte[] Encode(PyStr s, int codec, string errors)
        {
            TextView v = TextView.OfStr(s);
            int limit = codec == Ascii ? 0x80 : codec == Latin1 ? 0x100 : 0x110000;

            // The usual case, every code point encodable: measure, then fill an array of the exact size.
            int size = 0;
            for (int i = 0; i < v.Length; i += v.UnitsAt(i))
            {
                int c = v.CodePointAt(i);
                if (!Encodable(c, codec, limit))
                {
                    return EncodeWithErrors(v, codec, limit, errors, size + 16);
                }

                size += codec != Utf8 || c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            }

            byte[] r = new byte[size];
            int k = 0;
            for (int i = 0; i < v.Length; i += v.UnitsAt(i))
            {
                k = Put(r, k, v.CodePointAt(i), codec);
            }

            return r;
        }

        private static bool Encodable(int c, int codec, int limit)
        {
            return c < limit && !(codec == Utf8 && c >= 0xD800 && c <= 0xDFFF);
        }

        // Encoding that meets unencodable code points: the error handler decides.
        private static byte[] EncodeWithErrors(TextView v, int codec, int limit, string errors, int capacity)
        {
            int handler = Handler(errors);
            byte[] outBytes = new byte[capacity];
            int k = 0;
            int cpIndex = 0;
            for (int i = 0; i < v.Length; )
            {
                int c = v.CodePointAt(i);
                if (Encodable(c, codec, limit))
                {
                    if (k + 4 > outBytes.Length)
                    {
                        outBytes = Grow(outBytes, k + 4);
                    }

                    k = Put(outBytes, k, c, codec);
                    i += v.UnitsAt(i);
                    cpIndex++;
                    continue;
                }

                // A run of unencodable code points, reported or replaced together.
                int runStart = cpIndex;
                int j = i;
                int runEnd = cpIndex;
                while (j < v.Length && !Encodable(v.CodePointAt(j), codec, limit))
                {
                    j += v.UnitsAt(j);
                    runEnd++;
                }

                if (handler == Unknown)
                {
                    throw new PyException(PyExc.LookupError, "unknown error handler name '" + errors + "'");
                }

                if (handler == Strict)
                {
                    string reason = codec == Utf8 ? "surrogates not allowed" : codec == Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)";
                    string what = runEnd - runStart == 1
                        ? "character '" + EscapeCodePoint(c) + "' in position " + runStart
                        : "characters in position " + runStart + "-" + (runEnd - 1);
                    throw new PyException(PyExc.UnicodeEncodeError, "'" + CodecName(codec) + "' codec can't encode " + what + ": " + reason);
                }

                while (i < j)
                {
                    int d = v.CodePointAt(i);
                    string rep = handler == Replace ? "?" : handler == Ignore ? string.Empty
                        : handler == BackslashReplace ? EscapeCodePoint(d) : "&#" + d + ";";
                    if (k + rep.Length > outBytes.Length)
                    {
                        outBytes = Grow(outBytes, k + rep.Length);
                    }

                    for (int r = 0; r < rep.Length; r++)
                    {
                        outBytes[k++] = (byte)rep[r];
                    }

                    i += v.UnitsAt(i);
                }

                cpIndex = runEnd;
            }

            byte[] exact = new byte[k];
            System.Array.Copy(outBytes, exact, k);
            return exact;
        }

        private static byte[] Grow(byte[] a, int min)
        {
            byte[] b = new byte[a.Length * 2 > min ? a.Length * 2 : min];
            System.Array.Copy(a, b, a.Length);
            return b;
        }

        // Writes one encodable code point; returns the new length.
        private static int Put(byte[] b, int k, int c, int codec)
        {
            if (codec != Utf8 || c < 0x80)
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
                b[k++] = (byte)(0xF0 | (c >> 18));
                b[k++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                b[k++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                b[k++] = (byte)(0x80 | (c & 0x3F));
            }

            return k;
        }

        /// <summary>A code point as Python writes it escaped: \xNN, \uNNNN or \UNNNNNNNN.</summary>
        internal static string EscapeCodePoint(int c)
        {
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            char[] r = new char[digits + 2];
            r[0] = '\\';
            r[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int i = digits - 1; i >= 0; i--)
            {
                r[i + 2] = StrUtil.HexDigit(c & 15);
                c >>= 4;
            }

            return new string(r);
        }

        /// <summary>Decodes data[offset, offset + count).</summary>
        internal static string Decode(byte[] data, int offset, int count, int codec, string errors)
        {
            TextBuilder tb = new TextBuilder(count);
            int handler = -1;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b = data[i];
                if (b < 0x80 || codec == Latin1)
                {
                    tb.Append((char)b);
                    i++;
                    continue;
                }

                int bad;
                string reason;
                if (codec == Ascii)
                {
                    bad = 1;
                    reason = "ordinal not in range(128)";
                }
                else
                {
                    int cp = DecodeUtf8(data, i, end, out bad, out reason);
                    if (bad == 0)
                    {
                        i += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                        tb.AppendCodePoint(cp);
                        continue;
                    }
                }

                if (handler < 0)
                {
                    handler = Handler(errors);
                }

                switch (handler)
                {
                    case Ignore:
                        break;
                    case Replace:
                        tb.Append('\uFFFD');
                        break;
                    case BackslashReplace:
                        for (int j = 0; j < bad; j++)
                        {
                            tb.Append(EscapeCodePoint(data[i + j]));
                        }

                        break;
                    case Strict:
                    case XmlCharRefReplace:
                        int pos = i - offset;
                        string what = bad == 1
                            ? "byte 0x" + StrUtil.HexDigit(b >> 4) + StrUtil.HexDigit(b & 15) + " in position " + pos
                            : "bytes in position " + pos + "-" + (pos + bad - 1);
                        throw new PyException(PyExc.UnicodeDecodeError, "'" + CodecName(codec) + "' codec can't decode " + what + ": " + reason);
                    default:
                        throw new PyException(PyExc.LookupError, "unknown error handler name '" + errors + "'");
                }

                i += bad;
            }

            return tb.ToString();
        }

        // Decodes the UTF-8 sequence at data[i] (a byte >= 0x80). On success returns the code point with bad = 0;
        // otherwise bad is the length of the maximal invalid subsequence (Unicode's recommendation, as CPython).
        private static int DecodeUtf8(byte[] data, int i, int end, out int bad, out string reason)
        {
            int b = data[i];
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            int cp;
            if (b >= 0xC2 && b <= 0xDF)
            {
                need = 1;
                cp = b & 0x1F;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                cp = b & 0x0F;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                cp = b & 0x07;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            }
            else
            {
                bad = 1;
                reason = "invalid start byte";
                return 0;
            }

            for (int j = 1; j <= need; j++)
            {
                if (i + j >= end)
                {
                    bad = j;
                    reason = "unexpected end of data";
                    return 0;
                }

                int c = data[i + j];
                if (c < (j == 1 ? lo : 0x80) || c > (j == 1 ? hi : 0xBF))
                {
                    bad = j;
                    reason = "invalid continuation byte";
                    return 0;
                }

                cp = (cp << 6) | (c & 0x3F);
            }

            bad = 0;
            reason = null;
            return cp;
        }
    }
}

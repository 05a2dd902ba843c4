using System.Text;

namespace NanoPython.Runtime
{
    /// <summary>
    /// A parsed format specification of Python's format-spec mini-language:
    /// [[fill]align][sign][z][#][0][width][grouping][.precision][type]. Shared by str.format, f-strings, format() and
    /// the numeric formatting of the Numbers assembly.
    /// </summary>
    public sealed class FormatSpec
    {
        /// <summary>Fill character (' ' by default).</summary>
        public char Fill = ' ';

        /// <summary>Alignment: '&lt;', '&gt;', '^', '=' or '\0' when not given.</summary>
        public char Align;

        /// <summary>Sign: '+', '-', ' ' or '\0' when not given.</summary>
        public char Sign;

        /// <summary>The '#' alternate form.</summary>
        public bool Alternate;

        /// <summary>The 'z' option (negative zero becomes zero).</summary>
        public bool NoNegativeZero;

        /// <summary>The '0' flag (sign-aware zero padding).</summary>
        public bool ZeroPad;

        /// <summary>Minimum width, or -1.</summary>
        public int Width = -1;

        /// <summary>Thousands separator: ',' or '_' or '\0'.</summary>
        public char Grouping;

        /// <summary>Precision, or -1.</summary>
        public int Precision = -1;

        /// <summary>Presentation type ('d', 'f', 's'...) or '\0' when not given.</summary>
        public char Kind;

        /// <summary>Parses a format spec; raises ValueError("Invalid format specifier") when malformed.</summary>
        public static FormatSpec Parse(string s)
        {
            FormatSpec f = new FormatSpec();
            int i = 0;
            int n = s.Length;
            if (n >= 2 && IsAlign(s[1]))
            {
                f.Fill = s[0];
                f.Align = s[1];
                i = 2;
            }
            else if (n >= 1 && IsAlign(s[0]))
            {
                f.Align = s[0];
                i = 1;
            }

            if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
            {
                f.Sign = s[i++];
            }

            if (i < n && s[i] == 'z')
            {
                f.NoNegativeZero = true;
                i++;
            }

            if (i < n && s[i] == '#')
            {
                f.Alternate = true;
                i++;
            }

            if (i < n && s[i] == '0')
            {
                f.ZeroPad = true;
                if (f.Align == '\0')
                {
                    f.Fill = '0';
                    f.Align = '=';
                }

                i++;
            }

            int start = i;
            int w = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9')
            {
                w = CheckedDigit(w, s[i]);
                i++;
            }

            if (i > start)
            {
                f.Width = w;
            }

            if (i < n && (s[i] == ',' || s[i] == '_'))
            {
                f.Grouping = s[i++];
            }

            if (i < n && s[i] == '.')
            {
                i++;
                start = i;
                int p = 0;
                while (i < n && s[i] >= '0' && s[i] <= '9')
                {
                    p = CheckedDigit(p, s[i]);
                    i++;
                }

                if (i == start)
                {
                    throw new PyException(PyExc.ValueError, "Format specifier missing precision");
                }

                f.Precision = p;
            }

            if (i < n)
            {
                f.Kind = s[i++];
            }

            if (i != n)
            {
                throw new PyException(PyExc.ValueError, "Invalid format specifier '" + s + "'");
            }

            return f;
        }

        private static int CheckedDigit(int v, char c)
        {
            if (v > 100000000)
            {
                throw new PyException(PyExc.ValueError, "Too many decimal digits in format string");
            }

            return v * 10 + (c - '0');
        }

        private static bool IsAlign(char c)
        {
            return c == '<' || c == '>' || c == '^' || c == '=';
        }

        /// <summary>
        /// Pads text to Width with Fill according to Align (defaultAlign when not given). For '=' alignment the fill
        /// goes after a leading sign (and prefix of prefixLength characters, such as "0x").
        /// </summary>
        public string Pad(string text, char defaultAlign, int prefixLength)
        {
            int len = text.Length;
            if (Width <= len)
            {
                return text;
            }

            char align = Align == '\0' ? defaultAlign : Align;
            int pad = Width - len;
            StringBuilder sb = new StringBuilder(Width);
            switch (align)
            {
                case '<':
                    sb.Append(text);
                    sb.Append(Fill, pad);
                    break;
                case '^':
                    sb.Append(Fill, pad / 2);
                    sb.Append(text);
                    sb.Append(Fill, pad - pad / 2);
                    break;
                case '=':
                {
                    int signLen = len > 0 && (text[0] == '-' || text[0] == '+' || text[0] == ' ') ? 1 : 0;
                    int head = signLen + prefixLength;
                    if (head > len)
                    {
                        head = len;
                    }

                    sb.Append(text.Substring(0, head));
                    sb.Append(Fill, pad);
                    sb.Append(text.Substring(head));
                    break;
                }

                default:
                    sb.Append(Fill, pad);
                    sb.Append(text);
                    break;
            }

            return sb.ToString();
        }
    }
}

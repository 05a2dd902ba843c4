using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>Number and string literals of the lexer.</summary>
    public sealed partial class Lexer
    {
        private void ScanNumber(int start)
        {
            Kind = Token.Number;
            char c = _text[_pos];
            char p = _pos + 1 < _end ? _text[_pos + 1] : '\0';
            if (c == '0' && (p == 'x' || p == 'X' || p == 'o' || p == 'O' || p == 'b' || p == 'B'))
            {
                ScanRadixInt(start, p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : 2);
                return;
            }

            StringBuilder sb = new StringBuilder();
            bool isFloat = false;
            ScanDigits(sb, start);
            if (_pos < _end && _text[_pos] == '.')
            {
                isFloat = true;
                sb.Append('.');
                _pos++;
                if (_pos < _end && StrUtil.IsDigit(_text[_pos]))
                {
                    ScanDigits(sb, start);
                }
            }

            if (_pos < _end && (_text[_pos] == 'e' || _text[_pos] == 'E'))
            {
                int q = _pos + 1;
                if (q < _end && (_text[q] == '+' || _text[q] == '-'))
                {
                    q++;
                }

                if (q < _end && StrUtil.IsDigit(_text[q]))
                {
                    isFloat = true;
                    sb.Append('e');
                    if (_text[_pos + 1] == '-')
                    {
                        sb.Append('-');
                    }

                    _pos = q;
                    ScanDigits(sb, start);
                }
                else if (!KeywordFollows(_pos))
                {
                    throw Error("invalid decimal literal", Line, Col);
                }
            }

            bool imag = false;
            if (_pos < _end && (_text[_pos] == 'j' || _text[_pos] == 'J'))
            {
                imag = true;
                _pos++;
            }

            CheckNumberEnd(imag ? "invalid imaginary literal" : "invalid decimal literal");
            string digits = sb.ToString();
            if (imag)
            {
                PyFloat f = _numbers.ParseFloat(digits) as PyFloat;
                if (f == null)
                {
                    throw Error("invalid imaginary literal", Line, Col);
                }

                Value = _numbers.MakeComplex(0, f.Value);
                return;
            }

            if (isFloat)
            {
                PyObject o = _numbers.ParseFloat(digits);
                if (o == null)
                {
                    throw Error("invalid decimal literal", Line, Col);
                }

                Value = o;
                return;
            }

            if (digits[0] == '0')
            {
                for (int i = 1; i < digits.Length; i++)
                {
                    if (digits[i] != '0')
                    {
                        throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", Line, Col);
                    }
                }
            }

            Value = MakeInt(digits, 10);
        }

        // Decimal digits with single underscores between them, appended without the underscores.
        private void ScanDigits(StringBuilder sb, int start)
        {
            while (_pos < _end)
            {
                char c = _text[_pos];
                if (StrUtil.IsDigit(c))
                {
                    sb.Append(c);
                    _pos++;
                }
                else if (c == '_')
                {
                    _pos++;
                    if (_pos >= _end || !StrUtil.IsDigit(_text[_pos]))
                    {
                        throw Error("invalid decimal literal", Line, _pos - 1 - _lineStart);
                    }
                }
                else
                {
                    break;
                }
            }
        }

        private void ScanRadixInt(int start, int radix)
        {
            string kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            _pos += 2;
            StringBuilder sb = new StringBuilder();
            while (_pos < _end)
            {
                char c = _text[_pos];
                if (c == '_')
                {
                    _pos++;
                    if (_pos >= _end || StrUtil.DigitValue(_text[_pos]) >= radix)
                    {
                        throw Error("invalid " + kind + " literal", Line, _pos - _lineStart);
                    }

                    continue;
                }

                int d = StrUtil.DigitValue(c);
                if (d < radix)
                {
                    sb.Append(c);
                    _pos++;
                    continue;
                }

                if (d < 10)
                {
                    throw Error("invalid digit '" + c + "' in " + kind + " literal", Line, _pos - _lineStart);
                }

                break;
            }

            if (sb.Length == 0)
            {
                throw Error("invalid " + kind + " literal", Line, Col + 1);
            }

            CheckNumberEnd("invalid " + kind + " literal");
            Value = MakeInt(sb.ToString(), radix);
        }

        // A number must not run into a name ("1abc"), except for keywords that may follow it ("1if x else y").
        private void CheckNumberEnd(string msg)
        {
            if (_pos >= _end)
            {
                return;
            }

            char c = _text[_pos];
            bool ident = c < 0x80 ? (StrUtil.IsAsciiAlpha(c) || StrUtil.IsDigit(c) || c == '_') : StrUtil.IsIdentifierPart(StrUtil.CodePointAt(_text, _pos));
            if (ident && !KeywordFollows(_pos))
            {
                throw Error(msg, Line, Col);
            }
        }

        private bool KeywordFollows(int p)
        {
            return StartsWith(p, "and") || StartsWith(p, "else") || StartsWith(p, "for") || StartsWith(p, "if")
                || StartsWith(p, "in") || StartsWith(p, "is") || StartsWith(p, "not") || StartsWith(p, "or");
        }

        private bool StartsWith(int p, string s)
        {
            if (p + s.Length > _end)
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                if (_text[p + i] != s[i])
                {
                    return false;
                }
            }

            return true;
        }

        private PyObject MakeInt(string digits, int radix)
        {
            // Fast path: anything that surely fits in 63 bits; the rest goes to the number hooks (big ints).
            int limit = radix == 16 ? 15 : radix == 10 ? 18 : radix == 8 ? 21 : 63;
            if (digits.Length <= limit)
            {
                long v = 0;
                for (int i = 0; i < digits.Length; i++)
                {
                    v = v * radix + StrUtil.DigitValue(digits[i]);
                }

                return PyInt.Get(v);
            }

            int k = 0;
            while (k < digits.Length - 1 && digits[k] == '0')
            {
                k++;
            }

            return _numbers.ParseInt(k == 0 ? digits : digits.Substring(k), radix);
        }

        private void ScanString(int flags, int start)
        {
            char q = _text[_pos];
            bool triple = _pos + 2 < _end && _text[_pos + 1] == q && _text[_pos + 2] == q;
            _pos += triple ? 3 : 1;
            int bodyStart = _pos;
            int bodyLine = _line;
            int bodyLineStart = _lineStart;
            int i = _pos;
            while (true)
            {
                if (i >= _end)
                {
                    _pos = i;
                    throw Error(triple ? "unterminated triple-quoted string literal (detected at line " + _line + ")"
                        : "unterminated string literal (detected at line " + _line + ")", Line, Col);
                }

                char c = _text[i];
                if (c == '\\')
                {
                    i++;
                    if (i < _end && (_text[i] == '\n' || _text[i] == '\r'))
                    {
                        _pos = i;
                        NewLine();
                        i = _pos;
                    }
                    else if (i < _end)
                    {
                        i++;
                    }

                    continue;
                }

                if (c == q)
                {
                    if (!triple)
                    {
                        break;
                    }

                    if (i + 2 < _end && _text[i + 1] == q && _text[i + 2] == q)
                    {
                        break;
                    }
                }
                else if (c == '\n' || c == '\r')
                {
                    if (!triple)
                    {
                        throw Error("unterminated string literal (detected at line " + _line + ")", Line, Col);
                    }

                    _pos = i;
                    NewLine();
                    i = _pos;
                    continue;
                }

                i++;
            }

            _pos = i + (triple ? 3 : 1);
            Kind = Token.String;
            StrFlags = flags;
            if ((flags & Token.StrFormat) != 0)
            {
                BodyStart = bodyStart;
                BodyEnd = i;
                BodyLine = bodyLine;
                BodyLineStart = bodyLineStart;
                Value = null;
                return;
            }

            Value = Decode(bodyStart, i, flags, Line, Col);
        }

        /// <summary>
        /// Decodes the body of a string literal, source[start..end): escapes unless raw, line breaks normalized to \n.
        /// Returns a string, or a byte[] for bytes. Errors are reported at (line, col).
        /// </summary>
        public object Decode(int start, int end, int flags, int line, int col)
        {
            bool bytes = (flags & Token.StrBytes) != 0;
            bool raw = (flags & Token.StrRaw) != 0;
            string t = _text;
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; i++)
            {
                char c = t[i];
                if (c == '\r')
                {
                    if (i + 1 < end && t[i + 1] == '\n')
                    {
                        i++;
                    }

                    c = '\n';
                }

                if (c != '\\' || raw)
                {
                    if (bytes && c >= 0x80)
                    {
                        throw Error("bytes can only contain ASCII literal characters", line, col);
                    }

                    sb.Append(c);
                    if (c == '\\' && i + 1 < end)
                    {
                        // A raw string keeps the backslash and the character after it (which may be a quote).
                        i++;
                        char d = t[i];
                        if (d == '\r')
                        {
                            if (i + 1 < end && t[i + 1] == '\n')
                            {
                                i++;
                            }

                            d = '\n';
                        }

                        if (bytes && d >= 0x80)
                        {
                            throw Error("bytes can only contain ASCII literal characters", line, col);
                        }

                        sb.Append(d);
                    }

                    continue;
                }

                int esc = i - start;
                i++;
                if (i >= end)
                {
                    sb.Append('\\');
                    break;
                }

                c = t[i];
                switch (c)
                {
                    case '\n':
                        continue;
                    case '\r':
                        if (i + 1 < end && t[i + 1] == '\n')
                        {
                            i++;
                        }

                        continue;
                    case '\\':
                    case '\'':
                    case '"':
                        sb.Append(c);
                        continue;
                    case 'a':
                        sb.Append('\a');
                        continue;
                    case 'b':
                        sb.Append('\b');
                        continue;
                    case 'f':
                        sb.Append('\f');
                        continue;
                    case 'n':
                        sb.Append('\n');
                        continue;
                    case 'r':
                        sb.Append('\r');
                        continue;
                    case 't':
                        sb.Append('\t');
                        continue;
                    case 'v':
                        sb.Append('\v');
                        continue;
                    case 'x':
                    {
                        int v = HexValue(i + 1, 2, end);
                        if (v < 0)
                        {
                            throw Error(bytes ? "(value error) invalid \\x escape at position " + esc
                                : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + esc + "-" + (esc + 1 + HexRun(i + 1, 2, end)) + ": truncated \\xXX escape", line, col);
                        }

                        sb.Append((char)v);
                        i += 2;
                        continue;
                    }

                    case 'u':
                    case 'U':
                    {
                        if (bytes)
                        {
                            break;
                        }

                        int n = c == 'u' ? 4 : 8;
                        int v = HexValue(i + 1, n, end);
                        if (v < 0)
                        {
                            throw Error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + esc + "-" + (esc + 1 + HexRun(i + 1, n, end))
                                + (n == 4 ? ": truncated \\uXXXX escape" : ": truncated \\UXXXXXXXX escape"), line, col);
                        }

                        if (v > 0x10FFFF)
                        {
                            throw Error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + esc + "-" + (esc + 1 + n) + ": illegal Unicode character", line, col);
                        }

                        StrUtil.AppendCodePoint(sb, v);
                        i += n;
                        continue;
                    }

                    case 'N':
                        if (bytes)
                        {
                            break;
                        }

                        throw Error("(unicode error) \\N escapes not supported", line, col);
                    default:
                        if (c >= '0' && c <= '7')
                        {
                            int v = c - '0';
                            int k = 1;
                            while (k < 3 && i + 1 < end && t[i + 1] >= '0' && t[i + 1] <= '7')
                            {
                                i++;
                                k++;
                                v = (v << 3) + (t[i] - '0');
                            }

                            sb.Append((char)(bytes ? v & 0xFF : v));
                            continue;
                        }

                        break;
                }

                // Not an escape: the backslash stays.
                if (bytes && c >= 0x80)
                {
                    throw Error("bytes can only contain ASCII literal characters", line, col);
                }

                sb.Append('\\');
                sb.Append(c);
            }

            if (!bytes)
            {
                return sb.ToString();
            }

            byte[] b = new byte[sb.Length];
            for (int k = 0; k < b.Length; k++)
            {
                b[k] = (byte)sb[k];
            }

            return b;
        }

        // The value of exactly n hex digits at p, or -1.
        private int HexValue(int p, int n, int end)
        {
            if (p + n > end)
            {
                return -1;
            }

            int v = 0;
            for (int k = 0; k < n; k++)
            {
                int d = StrUtil.DigitValue(_text[p + k]);
                if (d >= 16)
                {
                    return -1;
                }

                v = (v << 4) | d;
                if (v < 0)
                {
                    return 0x7FFFFFFF;
                }
            }

            return v;
        }

        // How many hex digits (up to n) follow at p.
        private int HexRun(int p, int n, int end)
        {
            int k = 0;
            while (k < n && p + k < end && StrUtil.DigitValue(_text[p + k]) < 16)
            {
                k++;
            }

            return k;
        }
    }
}

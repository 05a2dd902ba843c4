using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>
    /// format(value, spec) for int, bool, float and complex, matching CPython's format-spec mini-language for numbers:
    /// presentation types, sign, '#', 'z', grouping (also inside '0' padding), width, fill and alignment.
    /// </summary>
    public static class NumberFormatter
    {
        /// <summary>The formatted number, or null when value is not a number of this tower.</summary>
        public static string Format(Interpreter ip, PyObject value, FormatSpec spec)
        {
            if (value is PyInt || value is PyBigInt)
            {
                return FormatInt(ip, value, spec);
            }

            PyFloat f = value as PyFloat;
            if (f != null)
            {
                if (IsEmpty(spec))
                {
                    return ip.Numbers.FloatRepr(f.Value);
                }

                return FormatFloat(ip, f.Value, spec, "float");
            }

            PyComplex c = value as PyComplex;
            if (c != null)
            {
                return FormatComplex(ip, c, spec);
            }

            return null;
        }

        /// <summary>Whether the spec is the empty string (every field at its default).</summary>
        public static bool IsEmpty(FormatSpec s)
        {
            return s.Kind == '\0' && s.Align == '\0' && s.Sign == '\0' && !s.Alternate && !s.NoNegativeZero && !s.ZeroPad
                && s.Width < 0 && s.Grouping == '\0' && s.Precision < 0;
        }

        private static PyException Error(string msg)
        {
            return new PyException(PyExc.ValueError, msg);
        }

        private static PyException Unknown(char kind, PyObject value)
        {
            return Error("Unknown format code '" + kind + "' for object of type '" + value.Type.Name.Value + "'");
        }

        private static PyException NoGrouping(FormatSpec spec)
        {
            return Error("Cannot specify '" + spec.Grouping + "' with '" + spec.Kind + "'.");
        }

        private static string FormatInt(Interpreter ip, PyObject value, FormatSpec spec)
        {
            if (IsEmpty(spec))
            {
                return value.Repr(ip);
            }

            char kind = spec.Kind;
            int radix;
            switch (kind)
            {
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                case '%':
                    return FormatFloat(ip, NumberTower.IntToDouble(ip, value), spec, "int");
                case '\0':
                case 'd':
                case 'n':
                case 'c':
                    radix = 10;
                    break;
                case 'b':
                    radix = 2;
                    break;
                case 'o':
                    radix = 8;
                    break;
                case 'x':
                case 'X':
                    radix = 16;
                    break;
                default:
                    throw Unknown(kind, value);
            }

            if (spec.Precision >= 0)
            {
                throw Error("Precision not allowed in integer format specifier");
            }

            if (spec.NoNegativeZero)
            {
                throw Error("Negative zero coercion (z) not allowed in integer format specifier");
            }

            if (spec.Grouping != '\0' && (kind == 'n' || kind == 'c' || (spec.Grouping == ',' && radix != 10)))
            {
                throw NoGrouping(spec);
            }

            int sign;
            uint[] mag = PyBigInt.MagnitudeOf(value, out sign);
            if (kind == 'c')
            {
                if (spec.Sign != '\0')
                {
                    throw Error("Sign not allowed with integer format specifier 'c'");
                }

                if (spec.Alternate)
                {
                    throw Error("Alternate form (#) not allowed with integer format specifier 'c'");
                }

                if (value is PyBigInt)
                {
                    throw new PyException(PyExc.OverflowError, "Python int too large to convert to C long");
                }

                if (sign < 0 || mag.Length > 1 || (mag.Length == 1 && mag[0] > 0x10FFFF))
                {
                    throw new PyException(PyExc.OverflowError, "%c arg not in range(0x110000)");
                }

                return spec.Pad(StrUtil.FromCodePoint(mag.Length == 0 ? 0 : (int)mag[0]), '>', 0);
            }

            string digits = BigNat.ToString(mag, radix);
            if (kind == 'X')
            {
                digits = digits.ToUpper();
            }

            string prefix = string.Empty;
            if (spec.Alternate && radix != 10)
            {
                prefix = "0" + (kind == 'b' ? "b" : kind == 'o' ? "o" : kind == 'X' ? "X" : "x");
            }

            return Assemble(spec, SignOf(spec, sign < 0), prefix, digits, string.Empty, radix == 10 ? 3 : 4);
        }

        private static string SignOf(FormatSpec spec, bool negative)
        {
            if (negative)
            {
                return "-";
            }

            return spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : string.Empty;
        }

        /// <summary>
        /// sign + prefix + grouped integer digits + rest, padded to the spec's width. With '0' padding ('=' alignment
        /// and fill '0') and grouping, the padding zeros are grouped too, as CPython does.
        /// </summary>
        private static string Assemble(FormatSpec spec, string sign, string prefix, string intDigits, string rest, int interval)
        {
            string number = intDigits;
            if (spec.Grouping != '\0' && intDigits.Length > 0)
            {
                int min = 0;
                if (spec.Fill == '0' && spec.Align == '=' && spec.Width > 0)
                {
                    min = spec.Width - sign.Length - prefix.Length - rest.Length;
                }

                number = Group(intDigits, spec.Grouping, interval, min);
            }

            return spec.Pad(sign + prefix + number + rest, '>', prefix.Length);
        }

        private static string Group(string digits, char sep, int interval, int minWidth)
        {
            // Built right to left; padding zeros continue the groups, and the text never starts with a separator.
            int n = digits.Length;
            int cap = n + (n / interval) + 1;
            if (minWidth > cap)
            {
                cap = minWidth + 1;
            }

            char[] buf = new char[cap];
            int p = cap;
            int inGroup = 0;
            for (int i = n - 1; i >= 0; i--)
            {
                if (inGroup == interval)
                {
                    buf[--p] = sep;
                    inGroup = 0;
                }

                buf[--p] = digits[i];
                inGroup++;
            }

            while (cap - p < minWidth)
            {
                if (inGroup == interval)
                {
                    buf[--p] = sep;
                    inGroup = 0;
                }

                buf[--p] = '0';
                inGroup++;
            }

            return new string(buf, p, cap - p);
        }

        /// <summary>Formats a float value (also for ints with a float presentation type: typeName says which).</summary>
        private static string FormatFloat(Interpreter ip, double v, FormatSpec spec, string typeName)
        {
            char kind = spec.Kind;
            char mode;
            switch (kind)
            {
                case 'e':
                case 'f':
                case 'g':
                case '%':
                    mode = kind;
                    break;
                case 'E':
                case 'F':
                case 'G':
                    mode = (char)(kind | 0x20);
                    break;
                case 'n':
                    if (spec.Grouping != '\0')
                    {
                        throw NoGrouping(spec);
                    }

                    mode = 'g';
                    break;
                case '\0':
                    mode = spec.Precision < 0 ? 'r' : 'g';
                    break;
                default:
                    throw Error("Unknown format code '" + kind + "' for object of type '" + typeName + "'");
            }

            string sign;
            string body = FloatBody(ip, v, mode, kind, spec, out sign);
            int digitsEnd = 0;
            while (digitsEnd < body.Length && body[digitsEnd] >= '0' && body[digitsEnd] <= '9')
            {
                digitsEnd++;
            }

            return Assemble(spec, sign, string.Empty, body.Substring(0, digitsEnd), body.Substring(digitsEnd), 3);
        }

        /// <summary>The unsigned text of v for a mode, and its sign as the spec asks ('z' applied).</summary>
        private static string FloatBody(Interpreter ip, double v, char mode, char kind, FormatSpec spec, out string sign)
        {
            int prec = spec.Precision;
            if (prec < 0 && kind != '\0')
            {
                prec = 6;
            }

            string body;
            if (mode == 'r' && NumberTower.IsSingle(ip))
            {
                body = FloatFormat.Repr32(v < 0 ? -v : v);
            }
            else
            {
                body = FloatFormat.Body(v, mode, prec, spec.Alternate, kind == '\0');
            }

            if (kind == 'E' || kind == 'F' || kind == 'G')
            {
                body = body.ToUpper();
            }

            bool negative = Ieee754.IsNegative(v) && !double.IsNaN(v);
            if (negative && spec.NoNegativeZero && IsZeroText(body))
            {
                negative = false;
            }

            sign = SignOf(spec, negative);
            return body;
        }

        private static bool IsZeroText(string body)
        {
            for (int i = 0; i < body.Length; i++)
            {
                char c = body[i];
                if (c == 'e' || c == 'E')
                {
                    break;
                }

                if (c >= '1' && c <= '9')
                {
                    return false;
                }

                if (c == 'n' || c == 'N' || c == 'i' || c == 'I')
                {
                    return false;
                }
            }

            return true;
        }

        private static string FormatComplex(Interpreter ip, PyComplex c, FormatSpec spec)
        {
            if (IsEmpty(spec))
            {
                return c.Repr(ip);
            }

            if (spec.ZeroPad)
            {
                throw Error("Zero padding is not allowed in complex format specifier");
            }

            if (spec.Align == '=')
            {
                throw Error("'=' alignment flag is not allowed in complex format specifier");
            }

            char kind = spec.Kind;
            char mode;
            switch (kind)
            {
                case 'e':
                case 'f':
                case 'g':
                    mode = kind;
                    break;
                case 'E':
                case 'F':
                case 'G':
                    mode = (char)(kind | 0x20);
                    break;
                case 'n':
                    if (spec.Grouping != '\0')
                    {
                        throw NoGrouping(spec);
                    }

                    mode = 'g';
                    break;
                case '\0':
                    mode = spec.Precision < 0 ? 'r' : 'g';
                    break;
                default:
                    throw Unknown(kind, c);
            }

            bool skipRe = kind == '\0' && c.Real == 0 && !Ieee754.IsNegative(c.Real);
            bool parens = kind == '\0' && !skipRe;
            StringBuilder sb = new StringBuilder();
            if (parens)
            {
                sb.Append('(');
            }

            if (!skipRe)
            {
                sb.Append(Part(ip, c.Real, mode, kind, spec, false));
            }

            // The imaginary part always carries its sign, unless it stands alone.
            sb.Append(Part(ip, c.Imag, mode, kind, spec, !skipRe));
            sb.Append('j');
            if (parens)
            {
                sb.Append(')');
            }

            return spec.Pad(sb.ToString(), '>', 0);
        }

        private static string Part(Interpreter ip, double v, char mode, char kind, FormatSpec spec, bool forceSign)
        {
            string sign;
            string body = kind == '\0' ? FloatPartBody(v, mode, spec, NumberTower.IsSingle(ip), out sign) : FloatBody(ip, v, mode, kind, spec, out sign);
            if (forceSign && (sign.Length == 0 || sign == " "))
            {
                sign = "+";
            }

            int digitsEnd = 0;
            while (digitsEnd < body.Length && body[digitsEnd] >= '0' && body[digitsEnd] <= '9')
            {
                digitsEnd++;
            }

            string digits = body.Substring(0, digitsEnd);
            if (spec.Grouping != '\0' && digits.Length > 0)
            {
                digits = Group(digits, spec.Grouping, 3, 0);
            }

            return sign + digits + body.Substring(digitsEnd);
        }

        private static string FloatPartBody(double v, char mode, FormatSpec spec, bool single, out string sign)
        {
            // Complex parts without a presentation type: like repr's parts, no ".0" added.
            string body = mode == 'r' && single ? FloatFormat.Body(v, 'g', 7, spec.Alternate, false) : FloatFormat.Body(v, mode, spec.Precision, spec.Alternate, false);
            bool negative = Ieee754.IsNegative(v) && !double.IsNaN(v);
            if (negative && spec.NoNegativeZero && IsZeroText(body))
            {
                negative = false;
            }

            sign = SignOf(spec, negative);
            return body;
        }
    }
}

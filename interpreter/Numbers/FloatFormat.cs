using NanoPython.Runtime;
using System.Text;

namespace NanoPython.Numbers
{
    /// <summary>
    /// The text of a float without its sign, laid out as CPython's PyOS_double_to_string does for each presentation
    /// ('r' for repr, 'e', 'f', 'g', '%'), from the exact digits of <see cref="FloatDigits"/>.
    /// </summary>
    public static class FloatFormat
    {
        // Digits computed exactly before the rest is known to be zeros (see Body).
        private const int ExactDigits = 1100;

        /// <summary>repr(d) of a 64-bit float: the shortest round-trip digits, exponent outside [1e-4, 1e16).</summary>
        public static string Repr(double d)
        {
            string body = Body(d, 'r', 0, false, true);
            return Ieee754.IsNegative(d) && !double.IsNaN(d) ? "-" + body : body;
        }

        /// <summary>
        /// repr(d) with 32-bit floats, as MicroPython prints them: '%.7g' (exactly rounded) plus '.0' when the text
        /// looks like an int.
        /// </summary>
        public static string Repr32(double d)
        {
            string body = Body(d, 'g', 7, false, false);
            if (body.IndexOf('.') < 0 && body.IndexOf('e') < 0 && body.IndexOf('n') < 0)
            {
                body += ".0";
            }

            return Ieee754.IsNegative(d) && !double.IsNaN(d) ? "-" + body : body;
        }

        /// <summary>
        /// |d| in a presentation: 'r' (shortest, as repr), 'e', 'f', 'g' or '%' (lower case; the caller upper-cases),
        /// with a precision (ignored by 'r'), the alternate form ('#') and CPython's add-dot-zero flag (repr, and format
        /// without a presentation type, which also moves 'g' to exponent notation one digit earlier).
        /// </summary>
        public static string Body(double d, char kind, int precision, bool alt, bool addDot0)
        {
            if (kind == '%')
            {
                // CPython scales in floating point first (so 2.675 prints as 267.5 rounded), then formats as 'f'.
                d *= 100;
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    return Body(d, 'f', precision, alt, false) + "%";
                }
            }

            if (double.IsNaN(d))
            {
                return "nan";
            }

            if (double.IsInfinity(d))
            {
                return "inf";
            }

            if (d < 0)
            {
                d = -d;
            }

            // A double has at most 1074 digits after the point and 767 significant ones: digits beyond ExactDigits are
            // zeros, so a larger precision is computed at that bound and padded (scaling by 10**precision would hang).
            int exact = precision > ExactDigits ? ExactDigits : precision;
            int padding = precision - exact;
            if (padding > 0x3FFFFFF)
            {
                throw new PyException(PyExc.MemoryError, string.Empty);
            }

            string digits;
            int exp10;
            switch (kind)
            {
                case 'f':
                case '%':
                {
                    string s = BigNat.ToString(FloatDigits.ScaledRound(d, exact), 10);
                    if (padding > 0)
                    {
                        s += new string('0', padding);
                    }

                    if (s.Length <= precision)
                    {
                        s = new string('0', precision + 1 - s.Length) + s;
                    }

                    int point = s.Length - precision;
                    string r = s.Substring(0, point);
                    if (precision > 0 || alt)
                    {
                        r += "." + s.Substring(point);
                    }

                    return kind == '%' ? r + "%" : r;
                }

                case 'e':
                    exp10 = 0;
                    digits = d == 0 ? new string('0', exact + 1) : FloatDigits.Significant(d, exact + 1, out exp10);
                    if (padding > 0)
                    {
                        digits += new string('0', padding);
                    }

                    return Layout(digits, exp10, true, precision > 0 || alt, 0, false);
                case 'g':
                {
                    int p = precision == 0 ? 1 : precision;
                    if (d == 0)
                    {
                        digits = "0";
                        exp10 = 0;
                    }
                    else
                    {
                        digits = StripZeros(FloatDigits.Significant(d, p > ExactDigits ? ExactDigits : p, out exp10));
                    }

                    bool useExp = exp10 < -4 || exp10 >= (addDot0 ? p - 1 : p);
                    return Layout(digits, exp10, useExp, alt, alt ? p : 0, addDot0);
                }

                default:
                    if (d == 0)
                    {
                        digits = "0";
                        exp10 = 0;
                    }
                    else
                    {
                        digits = FloatDigits.Shortest(d, out exp10);
                    }

                    return Layout(digits, exp10, exp10 < -4 || exp10 >= 16, alt, 0, addDot0);
            }
        }

        private static string StripZeros(string digits)
        {
            int end = digits.Length;
            while (end > 1 && digits[end - 1] == '0')
            {
                end--;
            }

            return end == digits.Length ? digits : digits.Substring(0, end);
        }

        /// <summary>
        /// Places the decimal point in digits (first digit at 10^exp10): scientific or positional, padded with zeros to
        /// minDigits significant digits, the point kept when forcePoint, ".0" added to integral positional text when
        /// addDot0.
        /// </summary>
        private static string Layout(string digits, int exp10, bool useExp, bool forcePoint, int minDigits, bool addDot0)
        {
            StringBuilder sb = new StringBuilder(digits.Length + 8);
            int n = digits.Length;
            if (useExp)
            {
                sb.Append(digits[0]);
                if (n > 1 || minDigits > 1 || forcePoint)
                {
                    sb.Append('.');
                    sb.Append(digits, 1, n - 1);
                    if (minDigits > n)
                    {
                        sb.Append('0', minDigits - n);
                    }
                }

                sb.Append('e');
                int x = exp10;
                sb.Append(x < 0 ? '-' : '+');
                if (x < 0)
                {
                    x = -x;
                }

                if (x < 10)
                {
                    sb.Append('0');
                }

                sb.Append(x);
                return sb.ToString();
            }

            int intDigits = exp10 + 1;
            int total = n > minDigits ? n : minDigits;
            if (intDigits <= 0)
            {
                sb.Append('0');
                sb.Append('.');
                sb.Append('0', -intDigits);
                sb.Append(digits);
                if (minDigits > n)
                {
                    sb.Append('0', minDigits - n);
                }

                return sb.ToString();
            }

            if (n >= intDigits)
            {
                sb.Append(digits, 0, intDigits);
            }
            else
            {
                sb.Append(digits);
                sb.Append('0', intDigits - n);
            }

            if (total > intDigits)
            {
                sb.Append('.');
                if (n > intDigits)
                {
                    sb.Append(digits, intDigits, n - intDigits);
                }

                int have = n > intDigits ? n : intDigits;
                if (total > have)
                {
                    sb.Append('0', total - have);
                }
            }
            else if (addDot0)
            {
                sb.Append(".0");
            }
            else if (forcePoint)
            {
                sb.Append('.');
            }

            return sb.ToString();
        }
    }
}

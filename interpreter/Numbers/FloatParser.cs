using NanoPython.Runtime;

namespace NanoPython.Numbers
{
    /// <summary>
    /// Correctly rounded reading of Python float syntax: optional sign, digits with single underscores between them, a
    /// point, an exponent, or inf/infinity/nan in any case. Short inputs take the exact fast path (a small integer times
    /// or divided by an exactly representable power of ten: one IEEE operation, so one rounding); the others are
    /// converted exactly with big integers (<see cref="Ieee754.FromNat"/> and <see cref="Ieee754.FromRatio"/>).
    /// </summary>
    public static class FloatParser
    {
        // Digits beyond this many cannot change the rounding except through whether they are all zero, which a final
        // sticky digit records (a double needs at most 767 significant digits to be decided).
        private const int MaxDigits = 800;

        /// <summary>Parses text (surrounding whitespace allowed); false when it is not a float.</summary>
        public static bool TryParse(string text, bool single, out double value)
        {
            value = 0;
            int i = 0;
            int n = text.Length;
            while (i < n && StrUtil.IsSpace(text[i]))
            {
                i++;
            }

            while (n > i && StrUtil.IsSpace(text[n - 1]))
            {
                n--;
            }

            bool neg = false;
            if (i < n && (text[i] == '+' || text[i] == '-'))
            {
                neg = text[i] == '-';
                i++;
            }

            if (i < n && !StrUtil.IsDigit(text[i]) && text[i] != '.')
            {
                string word = text.Substring(i, n - i).ToLower();
                if (word == "inf" || word == "infinity")
                {
                    value = neg ? double.NegativeInfinity : double.PositiveInfinity;
                    return true;
                }

                if (word == "nan")
                {
                    value = neg ? -double.NaN : double.NaN;
                    return true;
                }

                return false;
            }

            char[] digits = new char[MaxDigits + 1];
            int nd = 0;
            int dropped = 0;
            bool sticky = false;
            int fracDigits = 0;
            int mantissaDigits = 0;
            bool inFraction = false;
            char prev = '\0';
            for (; i < n; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9')
                {
                    mantissaDigits++;
                    if (inFraction)
                    {
                        fracDigits++;
                    }

                    if (nd == 0 && c == '0')
                    {
                        // Leading zeros carry no information.
                    }
                    else if (nd < MaxDigits)
                    {
                        digits[nd++] = c;
                    }
                    else
                    {
                        dropped++;
                        sticky |= c != '0';
                    }
                }
                else if (c == '_')
                {
                    if (!StrUtil.IsDigit(prev) || i + 1 >= n || !StrUtil.IsDigit(text[i + 1]))
                    {
                        return false;
                    }
                }
                else if (c == '.' && !inFraction)
                {
                    if (prev == '_')
                    {
                        return false;
                    }

                    inFraction = true;
                }
                else
                {
                    break;
                }

                prev = c;
            }

            if (mantissaDigits == 0)
            {
                return false;
            }

            long exp = 0;
            if (i < n && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                bool expNeg = false;
                if (i < n && (text[i] == '+' || text[i] == '-'))
                {
                    expNeg = text[i] == '-';
                    i++;
                }

                int start = i;
                for (; i < n; i++)
                {
                    char c = text[i];
                    if (c >= '0' && c <= '9')
                    {
                        if (exp < 100000000)
                        {
                            exp = (exp * 10) + (c - '0');
                        }
                    }
                    else if (c != '_' || i == start || i + 1 >= n || !StrUtil.IsDigit(text[i + 1]))
                    {
                        return false;
                    }
                }

                if (i == start)
                {
                    return false;
                }

                if (expNeg)
                {
                    exp = -exp;
                }
            }

            if (i != n)
            {
                return false;
            }

            if (sticky)
            {
                // A non-zero digit beyond the kept ones: any non-zero tail rounds the same way.
                digits[nd++] = '1';
                dropped--;
            }

            // value = digits * 10^e10
            long e10 = exp - fracDigits + dropped;
            double v = Convert(digits, nd, e10, single);
            value = neg ? -v : v;
            return true;
        }

        private static double Convert(char[] digits, int nd, long e10, bool single)
        {
            if (nd == 0)
            {
                return 0.0;
            }

            if (nd + e10 > (single ? 40 : 310))
            {
                return double.PositiveInfinity;
            }

            if (nd + e10 < (single ? -47 : -326))
            {
                return 0.0;
            }

            int e = (int)e10;
            if (nd <= (single ? 7 : 15) && e >= -(single ? 10 : 22) && e <= (single ? 10 : 22))
            {
                long d = 0;
                for (int k = 0; k < nd; k++)
                {
                    d = (d * 10) + (digits[k] - '0');
                }

                double p = 1.0;
                for (int k = e < 0 ? -e : e; k > 0; k--)
                {
                    p *= 10.0;
                }

                // Both operands exact: one correctly rounded operation. For singles the double result rounds once
                // more, which is harmless for products and quotients of 24-bit values (53 >= 2 * 24 + 2).
                double r = e < 0 ? d / p : d * p;
                return single ? (double)(float)r : r;
            }

            uint[] mag = BigNat.Parse(new string(digits, 0, nd), 0, nd, 10);
            if (e >= 0)
            {
                return Ieee754.FromNat(BigNat.Multiply(mag, BigNat.Pow10(e)), single);
            }

            return Ieee754.FromRatio(mag, BigNat.Pow10(-e), single);
        }
    }
}
